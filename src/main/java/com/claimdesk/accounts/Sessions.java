package com.claimdesk.accounts;

import java.util.UUID;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Ending sessions. Quarkus' session cookie only says who signed in and until when, and cannot be taken back.
 * Beside it, the generation cookie carries the account's session generation as it was at sign-in; a request
 * whose generation is no longer the account's is refused and both cookies are removed
 * ({@link RecentIdentityProviders.BySession}). Replacing the generation ({@link Account#endSessions()}) so ends
 * every session of the account at once, copied cookies included.
 */
public final class Sessions {

    public static final String SESSION_COOKIE = "claimdesk-session";
    public static final String GENERATION_COOKIE = "claimdesk-session-generation";
    /** The identity attribute holding the account's current generation. */
    static final String GENERATION = "claimdesk.session-generation";

    private Sessions() {
    }

    /** Whether the request's generation cookie is the account's current generation. */
    static boolean current(RoutingContext routing, SecurityIdentity identity) {
        Cookie presented = routing.request().getCookie(GENERATION_COOKIE);
        Object generation = identity.getAttribute(GENERATION);
        return presented != null && generation != null && presented.getValue().equals(generation.toString());
    }

    /** Gives this browser the account's current generation: after signing in, or to keep this session alive. */
    static void issue(RoutingContext routing, UUID generation) {
        routing.response().addCookie(Cookie.cookie(GENERATION_COOKIE, generation.toString()).setPath("/")
                .setHttpOnly(true).setSameSite(CookieSameSite.LAX).setSecure(routing.request().isSSL()));
    }

    /** Removes both cookies, so a browser whose session ended stops sending them. */
    static void clear(RoutingContext routing) {
        for (String name : new String[] {SESSION_COOKIE, GENERATION_COOKIE}) {
            routing.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0));
        }
    }
}
