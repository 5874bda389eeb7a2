package com.claimdesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF filter refuses a form post without a valid token with a bare 400. A person should see why, and
 * the refusal is a matter of permission, so it becomes a readable 403.
 */
public class CsrfFailurePage {

    /** Set by the CSRF filter once a form's token has been checked. */
    private static final String TOKEN_VERIFIED = "csrf_token_verified";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (response.getStatus() == 400 && !response.hasEntity() && isFormPost(request)
                && routing.get(TOKEN_VERIFIED) == null) {
            response.setStatus(403);
            response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML);
            TemplateInstance page = ErrorPages.Templates.error(403, "Form expired",
                    "This form was sent without a valid security token: it may have been open too long, or it "
                            + "came from another site. Go back, reload the page and send it again.",
                    "");
            response.setEntity(page.render());
        }
    }

    private static boolean isFormPost(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return !"GET".equals(request.getMethod()) && type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
