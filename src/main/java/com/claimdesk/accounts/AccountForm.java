package com.claimdesk.accounts;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The admin's "new account" form. */
public record AccountForm(
        @RestForm
        @NotBlank(message = "Enter a user name.")
        @Size(max = 64, message = "Use at most 64 characters.")
        @Pattern(regexp = "[a-z0-9._-]*", message = "Use lower-case letters, digits, dots, dashes or underscores.")
        String username,

        @RestForm
        @NotBlank(message = "Enter the person's name.")
        @Size(max = 120, message = "Use at most 120 characters.")
        String displayName,

        @RestForm
        String password,

        @RestForm
        List<String> roles) {

    public static AccountForm empty() {
        return new AccountForm("", "", "", List.of(Role.CHECKER.key()));
    }

    /** The roles ticked on the form; unknown values are ignored. */
    public Set<Role> roleSet() {
        return roles == null ? Set.of() : Role.parse(String.join(",", roles));
    }

    public boolean ticked(Role role) {
        return roleSet().contains(role);
    }
}
