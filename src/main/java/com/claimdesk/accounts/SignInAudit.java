package com.claimdesk.accounts;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.claimdesk.audit.AuditLog;
import com.claimdesk.web.Plural;
import com.claimdesk.web.ClientAddress;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every attempt at the sign-in form, and every failed HTTP Basic sign-in to the API, goes into the audit log:
 * who signed in, and which user name failed from which address ({@link ClientAddress}: behind our proxy, the
 * address it saw). Sign-ins refused with 429 are counted per address and minute and audited as one count. The outcome is read from the form's answer (a redirect to the start page or back to the form
 * with an error) and written off the I/O thread, in a transaction of its own. Repeated failures from one
 * address, or for one account, slow them down ({@link SignInThrottle}): an address gets a 429 here, before
 * anything is checked; a resting account is refused by {@link RecentIdentityProviders.ByPassword} whatever the password.
 */
@Singleton
public class SignInAudit {

    /** One attempt at the sign-in form; {@code refusal} says why it was refused unheard, if it was. */
    public record Attempt(String username, boolean succeeded, String address, String refusal) {
    }

    @Inject
    AuditLog audit;

    @Inject
    Event<Attempt> attempts;

    @Inject
    Event<RefusedSignIns.Count> refused;

    @Inject
    Vertx vertx;

    private final ClientAddress clientAddress;

    static final Duration REFUSALS_WRITTEN_EVERY = Duration.ofSeconds(10);
    private final RefusedSignIns refusals = new RefusedSignIns();

    @Inject
    SignInAudit(@ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        clientAddress = new ClientAddress(trustedProxies.orElse(List.of()));
    }

    private final SignInThrottle addresses =
            new SignInThrottle(Clock.systemUTC(), SignInThrottle.FREE_FAILURES_PER_ADDRESS);
    private final SignInThrottle accounts =
            new SignInThrottle(Clock.systemUTC(), SignInThrottle.FREE_FAILURES_PER_ACCOUNT);

    /** Whether this account has failed too often lately to be let in now, even with the right password. */
    boolean resting(String username) {
        return username != null && !accounts.waitFor(username).isZero();
    }

    void watch(@Observes Filters filters) {
        filters.register(routing -> {
            HttpServerRequest request = routing.request();
            boolean form = "POST".equals(request.method().name()) && request.path().endsWith("/j_security_check");
            // HTTP Basic is the API's sign-in; elsewhere a Basic header is not how ClaimDesk is used, and its
            // outcome could not be read from the answer.
            String basicUser = form || !request.path().startsWith("/api/") ? null
                    : basicUsername(request.getHeader("Authorization"));
            if (!form && basicUser == null) {
                routing.next();
                return;
            }
            String address = shownAddress(clientAddress.of(request));
            Duration wait = addresses.waitFor(address);
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                refusals.refused(address, Instant.now());
                routing.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(seconds))
                        .putHeader("Content-Type", "text/plain; charset=utf-8")
                        .end("Too many failed sign-ins from your address. Wait " + Plural.of(seconds, "second")
                                + ", then try again.");
                return;
            }
            routing.addHeadersEndHandler(ignored -> {
                int status = routing.response().getStatusCode();
                String location = routing.response().headers().get("Location");
                boolean succeeded = form ? status == 302 && location != null && !location.contains("error=")
                        : status != 401;
                String username = form ? request.getFormAttribute("j_username") : basicUser;
                // Attempts refused because the account rests do not lengthen its rest.
                boolean resting = !succeeded && resting(username);
                if (succeeded) {
                    addresses.succeeded(address);
                    if (username != null) {
                        accounts.succeeded(username);
                    }
                } else {
                    addresses.failed(address);
                    if (username != null && !resting) {
                        accounts.failed(username);
                    }
                }
                // Every use of the form is audited; HTTP Basic signs in with every API request, so only its failures.
                if (form || !succeeded) {
                    attempts.fireAsync(new Attempt(username, succeeded, address,
                            resting ? "the account rests after repeated failures" : null));
                }
            });
            routing.next();
        }, 10_002);
        // A minute's refusals are written once it is over.
        vertx.setPeriodic(REFUSALS_WRITTEN_EVERY.toMillis(), ignored -> writeRefusals(Instant.now()));
    }

    /** Audits the refusals counted in the minutes over at {@code now}, each address and minute as one entry. */
    void writeRefusals(Instant now) {
        refusals.collect(now).forEach(counted -> refused.fireAsync(counted));
    }

    /**
     * An address as people write it: Vert.x spells IPv6 out in full ("0:0:0:0:0:0:0:1"), the log shows the short
     * form ("::1", RFC 5952: the longest run of two or more zero groups becomes "::").
     */
    static String shownAddress(String address) {
        if (address == null || !address.contains(":") || address.contains("::")) {
            return address;
        }
        String[] groups = address.toLowerCase(Locale.ROOT).split(":", -1);
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].matches("0+")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            if (i == bestStart) {
                shown.append("::");
                i += bestLength - 1;
                continue;
            }
            if (shown.length() > 0 && shown.charAt(shown.length() - 1) != ':') {
                shown.append(':');
            }
            shown.append(groups[i].replaceFirst("^0+(?=.)", ""));
        }
        return shown.toString();
    }

    /** The user name in an HTTP Basic {@code Authorization} header, or null when there is none. */
    static String basicUsername(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Transactional
    void record(@ObservesAsync RefusedSignIns.Count counted) {
        audit.record("(refused sign-ins)", "account.sign-in-refused", "account", 0, null,
                counted.count() + " sign-in" + (counted.count() == 1 ? "" : "s") + " refused from " + counted.address()
                        + " in the minute from " + counted.minute() + " (too many failed sign-ins from the address)",
                null, Map.of("address", counted.address(), "minute", counted.minute().toString(),
                        "refused", counted.count()));
    }

    @Transactional
    void record(@ObservesAsync Attempt attempt) {
        // A NUL (which PostgreSQL refuses in text) is shown, not stored.
        String typed = attempt.username() == null || attempt.username().isBlank() ? "(no user name)"
                : attempt.username().replace("\0", "\\0");
        String username = typed.length() > 64 ? typed.substring(0, 64) : typed;
        if (attempt.succeeded()) {
            Long id = Account.findByUsername(username).map(a -> a.id).orElse(0L);
            audit.record(username, "account.signed-in", "account", id, null,
                    username + " signed in from " + attempt.address(), null, null);
        } else {
            audit.record(username, "account.sign-in-failed", "account", 0, null,
                    "Failed sign-in for " + username + " from " + attempt.address()
                            + (attempt.refusal() == null ? "" : " (refused: " + attempt.refusal() + ")"),
                    null, null);
        }
    }
}
