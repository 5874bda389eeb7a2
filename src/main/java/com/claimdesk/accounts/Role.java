package com.claimdesk.accounts;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;

/** The newsroom roles. The constants are used in {@code @RolesAllowed}, the enum in forms. */
public enum Role {
    CHECKER("Fact-checker: researches claims, links evidence, drafts verdicts"),
    EDITOR("Editor: approves or sends back verdicts, publishes"),
    ADMIN("Administrator: manages accounts and settings");

    public static final String CHECKER_NAME = "checker";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public final String description;

    Role(String description) {
        this.description = description;
    }

    /** The name stored in the database and checked by {@code @RolesAllowed}. */
    public String key() {
        return name().toLowerCase();
    }

    /** Parses the stored comma-separated form, ignoring unknown names. */
    public static Set<Role> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(String::trim)
                .flatMap(name -> Arrays.stream(values()).filter(role -> role.key().equals(name)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::key).collect(Collectors.joining(","));
    }

    @TemplateExtension(namespace = "roles")
    public static List<Role> all() {
        return List.of(values());
    }
}
