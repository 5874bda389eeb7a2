package com.claimdesk.claims;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

public enum ClaimKind {
    DIRECT_QUOTE("Direct quote"),
    PARAPHRASE("Paraphrase"),
    DENIAL("Denial"),
    FIGURE("Figure or statistic"),
    OTHER("Other");

    public final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    @TemplateExtension(namespace = "claimKinds")
    public static List<ClaimKind> all() {
        return List.of(values());
    }
}
