package com.claimdesk.web;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Headers set on every response, whichever layer (security, REST, static files) wrote it. */
public class ResponseHeaders {

    /**
     * Scripts only from our own files: no inline script runs (a JSON-LD block is data, which browsers never
     * execute). Inline style attributes stay allowed for the rating colours an administrator picks.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Security headers on every response; a route that sets its own (the archive download) keeps it. */
    void secure(@Observes Filters filters) {
        filters.register(routing -> {
            HttpServerResponse response = routing.response();
            routing.addHeadersEndHandler(ignored -> {
                var headers = response.headers();
                if (!headers.contains("Content-Security-Policy")) {
                    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                }
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
                headers.set("X-Frame-Options", "DENY");
                // Pages are written in UTF-8; say so, or a browser may guess another charset for non-ASCII names.
                String type = headers.get("Content-Type");
                if (type != null && type.strip().equalsIgnoreCase("text/html")) {
                    headers.set("Content-Type", "text/html;charset=UTF-8");
                }
                if (signedIn(routing) && !sharedFile(routing.request().path())) {
                    // What a signed-in person saw stays out of every cache, so Back after signing out shows nothing.
                    headers.set("Cache-Control", "no-store");
                }
            });
            routing.next();
        }, 10_001);
    }

    private static boolean signedIn(RoutingContext routing) {
        return routing.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }

    /** The style sheet and scripts, the same for everyone: they keep the caching they have. */
    private static boolean sharedFile(String path) {
        return path != null && (path.startsWith("/css/") || path.startsWith("/js/"));
    }

    /**
     * With form sign-in enabled, Quarkus keeps Basic authentication silent; API clients still need the
     * challenge to know which credentials to send.
     */
    void register(@Observes Filters filters) {
        filters.register(routing -> {
            if (routing.request().path().startsWith("/api/")) {
                HttpServerResponse response = routing.response();
                routing.addHeadersEndHandler(ignored -> {
                    if (response.getStatusCode() == 401) {
                        response.putHeader("WWW-Authenticate", "Basic realm=\"ClaimDesk API\", charset=\"UTF-8\"");
                    }
                });
            }
            routing.next();
        }, 10_000);
    }
}
