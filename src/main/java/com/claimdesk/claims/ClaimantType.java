package com.claimdesk.claims;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** schema.org distinguishes the two when a fact-check names who made the claim. */
public enum ClaimantType {
    PERSON("Person"),
    ORGANISATION("Organisation");

    public final String label;

    ClaimantType(String label) {
        this.label = label;
    }

    @TemplateExtension(namespace = "claimantTypes")
    public static List<ClaimantType> all() {
        return List.of(values());
    }
}
