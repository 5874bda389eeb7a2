package com.claimdesk.accounts;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Wires {@link CheckedPasswords} into Quarkus security: asked after {@link RestingAccounts} and before the
 * account store, it answers from a recent bcrypt check; after a check the store passed, it remembers it.
 */
@ApplicationScoped
public class RecentPasswordChecks implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    CheckedPasswords checked;

    @Produces
    @Singleton
    static CheckedPasswords checkedPasswords() {
        return new CheckedPasswords(Clock.systemUTC());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return Uni.createFrom().item(
                checked.recall(request.getUsername(), request.getPassword().getPassword()).orElse(null));
    }

    /** Between the resting-account check and the account store. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 50;
    }

    /** Remembers what the account store accepted: identities that carry the password they were checked with. */
    @ApplicationScoped
    public static class Remember implements SecurityIdentityAugmentor {

        @Inject
        CheckedPasswords checked;

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            PasswordCredential password = identity.getCredential(PasswordCredential.class);
            String username = identity.isAnonymous() ? null : identity.getPrincipal().getName();
            // An answer from memory is not remembered again: the minute counts from the bcrypt check.
            if (password != null && username != null && checked.recall(username, password.getPassword()).isEmpty()) {
                checked.remember(username, password.getPassword(), identity);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
