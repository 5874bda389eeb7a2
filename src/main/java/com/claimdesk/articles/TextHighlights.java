package com.claimdesk.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into runs for display, each knowing the recorded claims and the extracted
 * candidates that cover it, so that overlapping passages still render as plain, non-nested marks.
 */
public final class TextHighlights {

    /** What a marked range belongs to. */
    public enum Source {
        CLAIM, CANDIDATE
    }

    /** A marked range of the text: a claim's appearance or an extracted candidate. */
    public record Mark(int start, int end, long id, Source source) {
    }

    /** A run of text from {@code start}, covered by these claims and candidates (both empty: unmarked). */
    public record Run(int start, String text, List<Long> claimIds, List<Long> candidateIds) {
        public boolean marked() {
            return !claimIds.isEmpty() || !candidateIds.isEmpty();
        }

        public boolean claimed() {
            return !claimIds.isEmpty();
        }

        public long firstClaim() {
            return claimIds.get(0);
        }

        public long firstCandidate() {
            return candidateIds.get(0);
        }

        /** Where a page of the article's PDF ends and the next begins (see {@link ArticlePages}). */
        public boolean pageBreak() {
            return text.equals(String.valueOf(ArticlePages.PAGE_BREAK));
        }
    }

    private TextHighlights() {
    }

    public static List<Run> runs(String text, List<Mark> marks) {
        List<Mark> valid = marks.stream()
                .filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end())
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (int at = text.indexOf(ArticlePages.PAGE_BREAK); at >= 0; at = text.indexOf(ArticlePages.PAGE_BREAK, at + 1)) {
            cuts.add(at); // each page break a run of its own, for the page's marker
            cuts.add(at + 1);
        }
        for (Mark mark : valid) {
            cuts.add(mark.start());
            cuts.add(mark.end());
        }
        List<Run> runs = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<Long> claims = new ArrayList<>();
            List<Long> candidates = new ArrayList<>();
            for (Mark mark : valid) {
                if (mark.start() <= from && mark.end() >= to) {
                    List<Long> ids = mark.source() == Source.CLAIM ? claims : candidates;
                    if (!ids.contains(mark.id())) {
                        ids.add(mark.id());
                    }
                }
            }
            runs.add(new Run(from, text.substring(from, to), claims, candidates));
            from = to;
        }
        return runs;
    }
}
