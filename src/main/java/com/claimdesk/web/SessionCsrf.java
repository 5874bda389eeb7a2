package com.claimdesk.web;

import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The CSRF filter checks the token of form and multipart posts, and of any request carrying the
 * {@code X-CSRF-TOKEN} header; a body of another type (a {@code text/plain} post, which any site can send) it
 * lets through unchecked. A request that the session cookie signs in must not change anything that way: it is
 * refused unless its token is one the CSRF filter checks. The API signs in with HTTP Basic only, never with the
 * cookie, and keeps taking JSON without a token.
 */
public class SessionCsrf {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    /** Before routes are matched, so a route that takes other bodies answers the same 403, not a 415. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireToken(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !request.getCookies().containsKey(sessionCookie)
                || request.getUriInfo().getPath().startsWith("/api/")
                || request.getHeaderString(CsrfFailurePage.TOKEN_HEADER) != null) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        return form ? Optional.empty() : Optional.of(CsrfFailurePage.refusal());
    }
}
