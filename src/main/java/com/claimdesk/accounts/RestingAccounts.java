package com.claimdesk.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Asked before the password check: an account that has failed to sign in too often lately is refused without
 * its password being looked at, so guessing one account's password from many addresses slows down too.
 * Otherwise it answers nothing and the account store checks the password as usual.
 */
@ApplicationScoped
public class RestingAccounts implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    SignInAudit signIns;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (signIns.resting(request.getUsername())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The account rests after repeated failures"));
        }
        return Uni.createFrom().nullItem();
    }

    /** Before the account store, which security-jpa generates one above {@link #SYSTEM_FIRST}. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }
}
