package com.claimdesk.web;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.claimdesk.accounts.Role;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, for templates ({@code inject:user}) and resources. */
@RequestScoped
@Named("user")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean has(Role role) {
        return identity.hasRole(role.key());
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

    public Set<Role> roleSet() {
        return Role.parse(String.join(",", identity.getRoles()));
    }

    /** "checker, editor": shown beside the name in the header. */
    public String roles() {
        Set<String> roles = identity.getRoles();
        return String.join(", ", roles.stream().sorted().toList());
    }
}
