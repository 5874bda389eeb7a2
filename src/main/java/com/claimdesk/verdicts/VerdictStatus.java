package com.claimdesk.verdicts;

/** Where a verdict revision stands in the editorial workflow. */
public enum VerdictStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted for review"),
    APPROVED("Approved"),
    PUBLISHED("Published"),
    /** A published revision replaced by a correction: still readable, no longer current. */
    SUPERSEDED("Superseded");

    public final String label;

    VerdictStatus(String label) {
        this.label = label;
    }
}
