package com.claimdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import com.claimdesk.ClaimDeskConfig;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals made before security, the sign-in throttle or REST read a request, so that each of them sees only
 * plain addresses and readable headers:
 * <ul>
 * <li>an address with {@code ;} parameters (ClaimDesk has none) is a 404: otherwise {@code /api;x/claims} would
 * reach the API past the rule that the API takes HTTP Basic only, and {@code /admin;x/…} past path rules;</li>
 * <li>a NUL character anywhere in the address is a 400 (PostgreSQL refuses NUL in text);</li>
 * <li>an empty or malformed {@code Content-Type} is a 400, not a failure inside the body readers;</li>
 * <li>the sign-in form posted from another site is a 403 (login CSRF: signing a reader into an attacker's
 * account);</li>
 * <li>the address remembered across the sign-in page is written as a valid cookie value.</li>
 * </ul>
 */
public class RequestGuard {

    @Inject
    ClaimDeskConfig config;

    /** Where form authentication remembers the address a reader wanted before signing in. */
    static final String REMEMBERED_ADDRESS_COOKIE = "quarkus-redirect-location";

    void guard(@Observes Filters filters) {
        // Ahead of the sign-in audit (10_002), the response headers (10_000/10_001) and security.
        filters.register(this::check, 10_010);
    }

    private void check(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        String path = request.path() == null ? "" : request.path();
        String lowerUri = request.uri() == null ? "" : request.uri().toLowerCase(Locale.ROOT);
        if (path.indexOf(';') >= 0 || path.toLowerCase(Locale.ROOT).contains("%3b")) {
            refuse(routing, 404, "There is nothing at this address. ClaimDesk addresses have no ';' parameters.");
            return;
        }
        if (lowerUri.contains("%00")) {
            refuse(routing, 400, "The address contains a NUL character (%00), which is not text. Remove it and "
                    + "try again.");
            return;
        }
        String type = request.getHeader("Content-Type");
        if (type != null && !readableContentType(type)) {
            refuse(routing, 400, "The request's Content-Type header (\"" + printable(type) + "\") is empty or "
                    + "malformed. Send a media type such as application/json or application/x-www-form-urlencoded.");
            return;
        }
        if ("POST".equals(request.method().name()) && path.endsWith("/j_security_check")
                && crossOrigin(request, config.publicBaseUrl())) {
            refuse(routing, 403, "Sign-in is only possible from ClaimDesk's own sign-in page. Open the sign-in page "
                    + "and try again.");
            return;
        }
        routing.addHeadersEndHandler(ignored -> rewriteRememberedAddress(routing));
        routing.next();
    }

    /**
     * Form authentication remembers the address as it came, and a comma, quote or space in it (
     * {@code /claims?x=a,b}) is not allowed in a cookie: writing the header then fails and the reader gets no
     * answer at all. The same address with those characters percent-encoded is a valid cookie value.
     */
    private static void rewriteRememberedAddress(RoutingContext routing) {
        Cookie remembered = routing.response().removeCookie(REMEMBERED_ADDRESS_COOKIE, false);
        if (remembered == null) {
            return;
        }
        String value = remembered.getValue();
        // Only a changed value is sent again: the browser's own copy on later requests stays as it is.
        if (value != null && !value.equals(cookieSafe(value))) {
            remembered.setValue(cookieSafe(value));
        }
        routing.response().addCookie(remembered);
    }

    /** The address with every character a cookie value may not hold percent-encoded (RFC 6265 cookie-octet). */
    static String cookieSafe(String address) {
        StringBuilder safe = new StringBuilder(address.length());
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean allowed = c == 0x21 || c >= 0x23 && c <= 0x2b || c >= 0x2d && c <= 0x3a
                    || c >= 0x3c && c <= 0x5b || c >= 0x5d && c <= 0x7e;
            if (allowed) {
                safe.append((char) c);
            } else {
                safe.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return safe.toString();
    }

    /** A media type the body readers can parse; a multipart body also needs its boundary. */
    static boolean readableContentType(String header) {
        if (header.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(header.strip());
            if (type.getType().isEmpty() || type.getSubtype().isEmpty() || type.isWildcardType()) {
                return false;
            }
            if ("multipart".equalsIgnoreCase(type.getType())) {
                String boundary = type.getParameters().get("boundary");
                return boundary != null && !boundary.isBlank();
            }
            String charset = type.getParameters().get("charset");
            return charset == null || java.nio.charset.Charset.isSupported(charset);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the browser says the request comes from a page of another site: neither this server's own address
     * (as the request names it) nor the public address ClaimDesk is configured with (behind a proxy that
     * rewrites the Host header). Browsers send {@code Origin} with every form post; a request with neither it
     * nor a {@code Referer} is from a program, not from a forged page.
     */
    static boolean crossOrigin(HttpServerRequest request, String publicBaseUrl) {
        String from = request.getHeader("Origin");
        if (from == null) {
            from = request.getHeader("Referer");
        }
        if (from == null) {
            return false;
        }
        String origin = origin(from);
        if (origin == null) {
            return true; // "null": a sandboxed or privacy-sensitive context, never our own page
        }
        var authority = request.authority();
        String own = authority == null ? null : origin(request.scheme() + "://" + authority.host()
                + (authority.port() >= 0 ? ":" + authority.port() : ""));
        String hostOnly = own == null ? null : own.substring(own.indexOf("://"));
        return !origin.substring(origin.indexOf("://")).equals(hostOnly) && !origin.equals(origin(publicBaseUrl));
    }

    /** scheme://host:port of an address, with the default port spelt out; null when it has no host. */
    private static String origin(String address) {
        try {
            URI uri = new URI(address.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static String printable(String text) {
        String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        return shown.replaceAll("[\\p{Cntrl}\"]", "?");
    }

    /** A short answer: JSON for the API, plain text elsewhere (no page layout exists yet at this stage). */
    private static void refuse(RoutingContext routing, int status, String message) {
        boolean api = routing.request().path() != null && routing.request().path().startsWith("/api");
        var response = routing.response().setStatusCode(status);
        if (api) {
            response.putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("status", status).put("message", message)
                            .put("fields", new JsonObject()).encode());
        } else {
            response.putHeader("Content-Type", "text/plain; charset=utf-8").end(message);
        }
    }
}
