package com.claimdesk.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.claimdesk.accounts.Role;

import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, for templates ({@code inject:user}) and resources. */
@RequestScoped
@Named("user")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    /**
     * Whether someone is signed in. When the identity cannot be had without blocking (the database that holds
     * the accounts is down and an error page renders on the I/O thread), the page shows as for a visitor.
     */
    public boolean signedIn() {
        try {
            return !identity.isAnonymous();
        } catch (BlockingOperationNotAllowedException e) {
            return false;
        }
    }

    public String name() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean has(Role role) {
        return signedIn() && identity.hasRole(role.key());
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isChecker() {
        return has(Role.CHECKER);
    }

    public boolean isEditor() {
        return has(Role.EDITOR);
    }

    /** Checkers and editors have an inbox and the Monitor's count; an administrator only has the admin pages. */
    public boolean isReviewer() {
        return isChecker() || isEditor();
    }

    public Set<Role> roleSet() {
        return signedIn() ? Role.parse(String.join(",", identity.getRoles())) : Set.of();
    }

    /** "checker, editor": shown beside the name in the header. */
    public String roles() {
        Set<String> roles = signedIn() ? identity.getRoles() : Set.of();
        return String.join(", ", roles.stream().sorted().toList());
    }
}
