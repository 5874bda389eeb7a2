package com.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** The extractor's statements for a text, each checked to be the text at its offsets: shared by the engine's tests. */
final class Extracted {

    private static final StatementExtractor EXTRACTOR = new StatementExtractor();

    private Extracted() {
    }

    static List<Statement> extract(String text) {
        List<Statement> found = EXTRACTOR.extract(text);
        for (Statement s : found) {
            assertEquals(text.substring(s.start(), s.end()), s.content(), "content is the text at its offsets");
        }
        return found;
    }

    static Statement only(List<Statement> found) {
        assertEquals(1, found.size(), () -> "expected one statement, got " + found);
        return found.get(0);
    }

    static Statement only(String text) {
        return only(extract(text));
    }
}
