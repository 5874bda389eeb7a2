package com.claimdesk.web;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;

/** Headers set on every response, whichever layer (security, REST, static files) wrote it. */
public class ResponseHeaders {

    /**
     * With form sign-in enabled, Quarkus keeps Basic authentication silent; API clients still need the
     * challenge to know which credentials to send.
     */
    void register(@Observes Filters filters) {
        filters.register(routing -> {
            if (routing.request().path().startsWith("/api/")) {
                HttpServerResponse response = routing.response();
                response.headersEndHandler(ignored -> {
                    if (response.getStatusCode() == 401) {
                        response.putHeader("WWW-Authenticate", "Basic realm=\"ClaimDesk API\", charset=\"UTF-8\"");
                    }
                });
            }
            routing.next();
        }, 10_000);
    }
}
