package com.claimdesk.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * A one-time message carried across a post-redirect-get in a cookie ({@code inject:flash.message} in the
 * layout). {@link FlashCookieFilter} removes the cookie once a page has shown it.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "claimdesk-flash";
    private static final int MAX_LENGTH = 300;

    @Inject
    HttpServerRequest request;

    public String message() {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? "" : URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    /** 303 See Other to {@code location}, showing {@code message} on the next page. */
    public static Response redirect(String location, String message) {
        String text = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
        return Response.seeOther(URI.create(location))
                .cookie(new NewCookie.Builder(COOKIE)
                        .value(URLEncoder.encode(text, StandardCharsets.UTF_8))
                        .path("/")
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build())
                .build();
    }

    /** 303 See Other to {@code location} without a message. */
    public static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
