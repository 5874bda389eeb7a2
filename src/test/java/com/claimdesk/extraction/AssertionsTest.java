package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.claimdesk.extraction.Extracted.extract;
import static com.claimdesk.extraction.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outlet's own figures: invented sentences. */
class AssertionsTest {

    @Test
    void unattributedFigureIsTheOutletsAssertion() {
        Statement s = only("The ferry carried 40,000 passengers in 2025.");
        assertEquals(StatementKind.ASSERTION, s.kind());
        assertEquals(Statement.ARTICLE_SPEAKER, s.speaker());
        assertEquals(1.0, s.speakerConfidence());
    }

    @Test
    void sentenceWithoutAFigureOrEventIsNoAssertion() {
        List<Statement> found = extract("The ferry is painted blue and white.");
        assertTrue(found.isEmpty(), found::toString);
    }
}
