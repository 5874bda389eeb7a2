package com.claimdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The hidden CSRF field of every form ({@code inject:csrfField}). Unlike the extension's own provider it does
 * not fail on pages rendered after the CSRF filter refused or never saw the request (error pages): there it
 * falls back to the browser's token cookie, or to nothing.
 */
@RequestScoped
@Named("csrfField")
public class CsrfField {

    /** Where the CSRF filter leaves the token of the current request. */
    private static final String TOKEN_KEY = "csrf_token";

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String name;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    @Inject
    RoutingContext routing;

    public String name() {
        return name;
    }

    public String token() {
        String token = routing.get(TOKEN_KEY);
        if (token != null) {
            return token;
        }
        Cookie cookie = routing.request().getCookie(cookieName);
        return cookie == null ? "" : cookie.getValue();
    }
}
