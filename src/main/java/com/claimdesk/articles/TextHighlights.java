package com.claimdesk.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into runs for display, each marked with the claims whose passages cover it, so
 * that overlapping passages still render as plain, non-nested marks.
 */
public final class TextHighlights {

    /** A marked range of the text, and the claim it belongs to. */
    public record Mark(int start, int end, long claimId) {
    }

    /** A run of text from {@code start}, covered by {@code claimIds} (empty: unmarked). */
    public record Run(int start, String text, List<Long> claimIds) {
        public boolean marked() {
            return !claimIds.isEmpty();
        }

        public long firstClaim() {
            return claimIds.get(0);
        }
    }

    private TextHighlights() {
    }

    public static List<Run> runs(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark mark : marks) {
            if (mark.start() >= 0 && mark.end() <= text.length() && mark.start() < mark.end()) {
                cuts.add(mark.start());
                cuts.add(mark.end());
            }
        }
        List<Run> runs = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<Long> covering = new ArrayList<>();
            for (Mark mark : marks) {
                if (mark.start() <= from && mark.end() >= to && !covering.contains(mark.claimId())) {
                    covering.add(mark.claimId());
                }
            }
            runs.add(new Run(from, text.substring(from, to), covering));
            from = to;
        }
        return runs;
    }
}
