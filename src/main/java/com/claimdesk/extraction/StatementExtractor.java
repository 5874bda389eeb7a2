package com.claimdesk.extraction;

import java.util.List;
import java.util.Objects;

/**
 * Finds the statements in a news article: direct quotations, reported speech, mixed quotations,
 * denials and unattributed assertions carrying a checkable figure, each with character offsets, a
 * speaker resolved to the fullest name in the article, the attribution cue and the figures inside.
 *
 * <p>Pure rules over one linear pass of tokens: no model, no I/O, no shared mutable state. An
 * instance is immutable and safe to share between threads.
 */
public final class StatementExtractor {

    public StatementExtractor() {
        // Stateless: the word lists are constants and each call builds its own working state.
    }

    /** Statements in the text, ordered by start offset. */
    public List<Statement> extract(String text) {
        return extract(text, KnownSpeakers.NONE);
    }

    /** As {@link #extract(String)}, naming speakers by their canonical name when they are known. */
    public List<Statement> extract(String text, KnownSpeakers known) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(known, "known");
        if (text.isBlank()) {
            return List.of();
        }
        return List.copyOf(new Extraction(text, known).run());
    }
}
