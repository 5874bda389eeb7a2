package com.claimdesk.extraction;

import java.util.Locale;

/** What kind of statement a {@link Statement} is. */
public enum StatementKind {
    /** Words in quotation marks, attributed or not. */
    DIRECT,
    /** Reported speech: a clause after a speech verb ("said that ..."). */
    INDIRECT,
    /** Reported speech that carries quoted fragments. */
    MIXED,
    /** What a speaker denies ("denied that ..."). */
    DENIAL,
    /** An unattributed factual claim of the article carrying a checkable figure: the outlet's own figure. */
    ASSERTION,
    /** What a document, report, set of figures or poll shows ("a poll released on Tuesday showed ..."). */
    DOCUMENT,
    /** A state of mind or an intention ("thinks", "wants", "plans"): rarely checkable, hidden by default. */
    BELIEF;

    /** The lowercase name used in JSON and in the gold files. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
