package com.claimdesk.sources;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** What a source does for a claim. */
public enum Stance {
    SUPPORTS("Supports"),
    CONTRADICTS("Contradicts"),
    CONTEXT("Gives context");

    public final String label;

    Stance(String label) {
        this.label = label;
    }

    @TemplateExtension(namespace = "stances")
    public static List<Stance> all() {
        return List.of(values());
    }
}
