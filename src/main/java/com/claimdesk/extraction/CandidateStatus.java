package com.claimdesk.extraction;

/** What a reviewer decided about an extracted statement. */
public enum CandidateStatus {
    OPEN,
    /** Became a claim of its own. */
    ACCEPTED,
    /** Added as an appearance to a claim that already existed. */
    MERGED,
    /** Not worth a claim. */
    DISMISSED
}
