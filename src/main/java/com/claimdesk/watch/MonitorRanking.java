package com.claimdesk.watch;

import java.util.ArrayList;
import java.util.List;

/**
 * How high a statement found in a watched outlet stands on the morning list. Above all, a statement matching a
 * claim already fact-checked (here or by another fact-checker): the claim is back. Then figures and named
 * speakers (checkable, attributable), denials, and speakers the desk already has on record.
 */
final class MonitorRanking {

    /** What the desk knows about a statement that makes it worth checking first. */
    record Signals(boolean checkedBefore, boolean figures, boolean namedSpeaker, boolean denial,
            boolean claimantOnRecord) {
    }

    static final int CHECKED_BEFORE = 100;
    static final int FIGURES = 8;
    static final int NAMED_SPEAKER = 8;
    static final int DENIAL = 6;
    static final int ON_RECORD = 4;

    private MonitorRanking() {
    }

    static int score(Signals signals) {
        return (signals.checkedBefore() ? CHECKED_BEFORE : 0) + (signals.figures() ? FIGURES : 0)
                + (signals.namedSpeaker() ? NAMED_SPEAKER : 0) + (signals.denial() ? DENIAL : 0)
                + (signals.claimantOnRecord() ? ON_RECORD : 0);
    }

    /** The signals in words, strongest first, as the list shows them beside each statement. */
    static List<String> reasons(Signals signals) {
        List<String> reasons = new ArrayList<>();
        if (signals.checkedBefore()) {
            reasons.add("checked before");
        }
        if (signals.figures()) {
            reasons.add("figures");
        }
        if (signals.namedSpeaker()) {
            reasons.add("named speaker");
        }
        if (signals.denial()) {
            reasons.add("denial");
        }
        if (signals.claimantOnRecord()) {
            reasons.add("claimant on record");
        }
        return reasons;
    }
}
