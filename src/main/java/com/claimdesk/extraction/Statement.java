package com.claimdesk.extraction;

import java.util.List;

/**
 * One statement found in an article.
 *
 * @param kind    direct quote, reported speech, mixed, denial or assertion
 * @param content exactly {@code text.substring(start, end)}: the statement itself, not its attribution
 * @param start   start offset (Java string index) into the extracted text
 * @param end     end offset, exclusive
 * @param speaker who made it, resolved to the fullest name found; "(article)" for assertions; null if unknown
 * @param cue     the attribution word ("said", "told", "according to"); empty when there is none
 * @param figures checkable numbers inside the content
 * @param speakerConfidence how sure the engine is of the speaker, 0..1; below {@link #CONFIDENT} the reviewer
 *                          picks the speaker and nothing creates a claimant from it unasked
 */
public record Statement(StatementKind kind, String content, int start, int end, String speaker, String cue,
                        List<Figure> figures, double speakerConfidence) {

    /** The least speaker confidence that lets accepting a statement record its speaker unasked. */
    public static final double CONFIDENT = 0.7;

    /** Speaker used for unattributed assertions: the outlet itself. */
    public static final String ARTICLE_SPEAKER = "(article)";

    public Statement {
        figures = List.copyOf(figures);
    }
}
