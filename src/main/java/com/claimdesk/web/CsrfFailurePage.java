package com.claimdesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF filter refuses a form post without a valid token with a bare 400. A person should see why, and
 * the refusal is a matter of permission, so it becomes a readable 403.
 */
public class CsrfFailurePage {

    /** Set by the CSRF filter once a form's token has been checked. */
    private static final String TOKEN_VERIFIED = "csrf_token_verified";

    /** Where the CSRF filter also looks for the token, whatever the body. */
    static final String TOKEN_HEADER = "X-CSRF-TOKEN";

    private static final String TITLE = "Form expired";
    private static final String MESSAGE = "This form was sent without a valid security token: it may have been open "
            + "too long, or it came from another site. Go back, reload the page and send it again.";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() == 400 && !response.hasEntity()
                && (isFormPost(request) || request.getHeaderString(TOKEN_HEADER) != null)
                && routing.get(TOKEN_VERIFIED) == null) {
            response.setStatus(403);
            response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML);
            response.setEntity(ErrorPages.Templates.error(403, TITLE, MESSAGE, "").render());
        }
    }

    /** The same refusal, for requests turned away before the CSRF filter looked at them. */
    static Response refusal() {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                .entity(ErrorPages.Templates.error(403, TITLE, MESSAGE, "").render()).build();
    }

    private static boolean isFormPost(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return !"GET".equals(request.getMethod()) && type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
