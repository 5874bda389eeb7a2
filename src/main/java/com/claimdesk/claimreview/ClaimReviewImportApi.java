package com.claimdesk.claimreview;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Role;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

/** Imports a ClaimReview document sent as the body, as the import page does, answering per item. */
@Path("/api/claimreview/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ClaimReviewImportApi {

    public record Imported(List<ClaimReviewImporter.Outcome> items) {
    }

    @Inject
    ClaimReviewImporter importer;

    @Inject
    CurrentUser currentUser;

    /** {@code url}: the document's own address, against which its relative addresses are resolved. */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json", MediaType.TEXT_HTML})
    public Response importDocument(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RestQuery String url) {
        try {
            return Response.ok(new Imported(importer.importDocument(body, contentType, url, currentUser.name())))
                    .build();
        } catch (ClaimReviewImport.Unreadable unreadable) {
            if (unreadable.field().equals("url")) {
                return ApiError.badRequest(FormErrors.none().add("url", unreadable.getMessage()));
            }
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(422, unreadable.getMessage(), Map.of())).build();
        }
    }
}
