package com.claimdesk.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Catches every address no other resource or static file serves, so a mistyped URL gets the styled 404
 * with the layout rather than the server's bare one.
 */
@Path("/")
public class NotFoundResource {

    /** Any other path under "/" scores lower than a literal one, so real pages still win. */
    @GET
    @Path("{unknown: .+}")
    @PermitAll
    public Response notFound(UriInfo uri, Request request) {
        // Form addresses of resources mapped at "/" (ratings, sign-out) end up here rather than at a 405.
        return ErrorPages.formPage(uri, request).orElseGet(() -> ErrorPages.notFound(uri));
    }
}
