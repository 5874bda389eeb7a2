package com.claimdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * What is known before security-jpa's account store is asked: an account resting after repeated failed
 * sign-ins ({@link SignInAudit}) is refused without its password being looked at, so guessing one account's
 * password from many addresses slows down too; and {@link RecentIdentities} answers from a recent read. After
 * a read the store did, {@link Remember} keeps it. Deactivated accounts and ended sessions ({@link Sessions})
 * are refused here, for the form, the session cookie and HTTP Basic alike.
 */
public final class RecentIdentityProviders {

    /** How long a request waits for another's check of the same password before it has its own. */
    static final Duration RENEWAL_WAIT = Duration.ofSeconds(2);

    /** Before the account store, which security-jpa puts at SYSTEM_FIRST + 1. */
    static final int PRIORITY = IdentityProvider.SYSTEM_FIRST + 50;

    private RecentIdentityProviders() {
    }

    @Produces
    @Singleton
    static RecentIdentities recentIdentities() {
        return new RecentIdentities(Clock.systemUTC());
    }

    /** HTTP Basic and the sign-in form: a resting account, or the same password bcrypt accepted lately. */
    @ApplicationScoped
    public static class ByPassword implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        RecentIdentities recent;

        @Inject
        SignInAudit signIns;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            if (request.getUsername().indexOf('\0') >= 0) {
                // No account has one, and PostgreSQL refuses NUL in text: a failed sign-in, not a failed query.
                return Uni.createFrom().failure(new AuthenticationFailedException("A NUL character in the user name"));
            }
            if (signIns.resting(request.getUsername())) {
                return Uni.createFrom().failure(
                        new AuthenticationFailedException("The account rests after repeated failures"));
            }
            String username = request.getUsername();
            char[] password = request.getPassword().getPassword();
            RecentIdentities.Answer answer = recent.answer(username, password);
            if (answer.checkOver() != null) {
                return Uni.createFrom().completionStage(answer.checkOver()).ifNoItem().after(RENEWAL_WAIT)
                        .recoverWithItem((Void) null)
                        .map(checked -> recent.recall(username, password).orElse(null));
            }
            return Uni.createFrom().item(answer.identity()); // null goes on to security-jpa's bcrypt
        }

        @Override
        public int priority() {
            return PRIORITY;
        }
    }

    /**
     * Pages with the session cookie: the account as read within the last minute, or read now; refused when
     * the account is deactivated or the session ended ({@link Sessions}). Never left to security-jpa.
     */
    @ApplicationScoped
    public static class BySession implements IdentityProvider<TrustedAuthenticationRequest> {

        @Inject
        RecentIdentities recent;

        @Inject
        Standings standings;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String username = request.getPrincipal();
            Optional<SecurityIdentity> known = recent.recall(username);
            Uni<SecurityIdentity> identity = known.isPresent() ? Uni.createFrom().item(known.get())
                    : context.runBlocking(() -> standings.read(username).filter(Standing::active).map(standing -> {
                        SecurityIdentity read = QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal(username)).addRoles(standing.roles())
                                .addAttribute(Sessions.GENERATION, standing.generation()).build();
                        recent.remember(username, read, null);
                        return read;
                    }).orElse(null));
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            return identity.onItem().transformToUni(read -> {
                if (read == null || routing == null || !Sessions.current(routing, read)) {
                    if (routing != null) {
                        Sessions.clear(routing);
                    }
                    return Uni.createFrom().failure(new AuthenticationFailedException("The session has ended"));
                }
                return Uni.createFrom().item(read);
            });
        }

        @Override
        public int priority() {
            return PRIORITY;
        }
    }

    /** What a sign-in needs to know of an account besides its password. */
    record Standing(Set<String> roles, UUID generation, boolean active) {
    }

    /** Reads an account's standing, off the I/O thread. */
    @ApplicationScoped
    public static class Standings {

        @ActivateRequestContext
        Optional<Standing> read(String username) {
            return Account.findByUsername(username).map(account -> new Standing(
                    account.roleSet().stream().map(Role::key).collect(Collectors.toSet()),
                    account.sessionGeneration, account.active));
        }
    }

    /**
     * After the account store checked a password: refuses a deactivated account, adds the session generation
     * and keeps the identity (an answer from memory already has it and is not kept again: the minute counts
     * from the read). A sign-in through the form gives the browser the generation cookie.
     */
    @ApplicationScoped
    public static class Remember implements SecurityIdentityAugmentor {

        @Inject
        RecentIdentities recent;

        @Inject
        Standings standings;

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            return augment(identity, context, Map.of());
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                Map<String, Object> attributes) {
            if (identity.isAnonymous()) {
                return Uni.createFrom().item(identity);
            }
            Uni<SecurityIdentity> standing = identity.getAttribute(Sessions.GENERATION) != null
                    ? Uni.createFrom().item(identity)
                    : context.runBlocking(() -> withStanding(identity));
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(attributes);
            return standing.invoke(checked -> {
                if (routing != null && HttpMethod.POST.equals(routing.request().method())
                        && routing.normalizedPath().endsWith("/j_security_check")) {
                    Sessions.issue(routing, checked.getAttribute(Sessions.GENERATION));
                }
            });
        }

        private SecurityIdentity withStanding(SecurityIdentity identity) {
            String username = identity.getPrincipal().getName();
            Standing standing = standings.read(username).orElse(null);
            if (standing == null || !standing.active()) {
                throw new AuthenticationFailedException("The account is deactivated");
            }
            PasswordCredential credential = identity.getCredential(PasswordCredential.class);
            recent.remember(username, QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                    .addRoles(identity.getRoles()).addAttributes(identity.getAttributes())
                    .addAttribute(Sessions.GENERATION, standing.generation()).build(),
                    credential == null ? null : credential.getPassword());
            return QuarkusSecurityIdentity.builder(identity).addAttribute(Sessions.GENERATION, standing.generation())
                    .build();
        }
    }
}
