package com.claimdesk.extraction;

import io.quarkus.qute.TemplateExtension;

/** What each kind of found statement is called on the pages, in the newsroom's words. */
@TemplateExtension
public final class StatementKinds {

    private StatementKinds() {
    }

    /** The kind as a reviewer reads it; JSON and the gold files keep {@link StatementKind#wireName()}. */
    public static String label(StatementKind kind) {
        return switch (kind) {
            case DIRECT -> "direct quote";
            case INDIRECT -> "indirect";
            case MIXED -> "mixed";
            case DENIAL -> "denial";
            case ASSERTION -> "figure (the outlet's own)";
            case DOCUMENT -> "document or poll";
            case BELIEF -> "state of mind or intention";
        };
    }
}
