package com.claimdesk.extraction.eval;

import java.util.List;

/**
 * One statement a fact-checker marked in an article, located in its text.
 *
 * @param kind     "direct", "indirect", "mixed", "denial" or "assertion"
 * @param speakers names that count as a right speaker, fullest first
 * @param cue      the attribution word in the article
 * @param content  the statement's exact words
 * @param optional a statement a reviewer may or may not mark: neither found nor false
 * @param start    offset of {@code content} in the article, -1 when it cannot be found
 * @param end      end offset, exclusive
 */
public record GoldStatement(String kind, List<String> speakers, String cue, String content, boolean optional,
                            int start, int end) {

    public GoldStatement {
        speakers = List.copyOf(speakers);
    }

    /**
     * Places each content in the article: the first occurrence at or after the previous statement's
     * start (gold lists follow the text), else the first occurrence anywhere, else -1.
     */
    public static List<GoldStatement> locate(String article, List<GoldStatement> unplaced) {
        List<GoldStatement> placed = new java.util.ArrayList<>(unplaced.size());
        int from = 0;
        for (GoldStatement g : unplaced) {
            int at = article.indexOf(g.content(), from);
            if (at < 0) {
                at = article.indexOf(g.content());
            }
            if (at >= 0) {
                from = at;
            }
            int end = at < 0 ? -1 : at + g.content().length();
            placed.add(new GoldStatement(g.kind(), g.speakers(), g.cue(), g.content(), g.optional(), at, end));
        }
        return placed;
    }
}
