package com.claimdesk.accounts;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * What is known before security-jpa's account store is asked: an account resting after repeated failed
 * sign-ins ({@link SignInAudit}) is refused without its password being looked at, so guessing one account's
 * password from many addresses slows down too; and {@link RecentIdentities} answers from a recent read. After
 * a read the store did, {@link Remember} keeps it.
 */
public final class RecentIdentityProviders {

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
            return Uni.createFrom().item(
                    recent.recall(request.getUsername(), request.getPassword().getPassword()).orElse(null));
        }

        @Override
        public int priority() {
            return PRIORITY;
        }
    }

    /** Pages with the session cookie: the account as read within the last minute. */
    @ApplicationScoped
    public static class BySession implements IdentityProvider<TrustedAuthenticationRequest> {

        @Inject
        RecentIdentities recent;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return Uni.createFrom().item(recent.recall(request.getPrincipal()).orElse(null));
        }

        @Override
        public int priority() {
            return PRIORITY;
        }
    }

    /**
     * Keeps what the account store read. An answer from memory is not kept again: the minute counts from the
     * read. The kept identity carries no credential.
     */
    @ApplicationScoped
    public static class Remember implements SecurityIdentityAugmentor {

        @Inject
        RecentIdentities recent;

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (identity.isAnonymous()) {
                return Uni.createFrom().item(identity);
            }
            String username = identity.getPrincipal().getName();
            PasswordCredential credential = identity.getCredential(PasswordCredential.class);
            char[] password = credential == null ? null : credential.getPassword();
            boolean known = password == null ? recent.recall(username).isPresent()
                    : recent.recall(username, password).isPresent();
            if (!known) {
                recent.remember(username, QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                        .addRoles(identity.getRoles()).addAttributes(identity.getAttributes()).build(), password);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
