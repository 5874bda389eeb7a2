package com.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Transcripts stored one turn per paragraph, and read back as one statement per turn by its speaker. */
class TranscriptTurnsTest {

    @Test
    void labelledTextBecomesOneParagraphPerTurnAndEachTurnAStatementByItsSpeaker() {
        String given = """
                Press briefing, 3 March.

                MR. JOHN O'NEILL: Good morning. Prices rose by 4 percent
                in February.
                Q Did wages keep up?
                MS. ANA RUIZ: No. We never said they would.
                """;
        String stored = TranscriptTurns.storedText(given);
        assertEquals("""
                Mr. John O'Neill: Good morning. Prices rose by 4 percent in February.

                Q: Did wages keep up?

                Ms. Ana Ruiz: No. We never said they would.""", stored);

        List<Statement> turns = TranscriptTurns.statements(stored, new StatementExtractor(), KnownSpeakers.of(
                java.util.Map.of("Ms. Ana Ruiz", "Ana Ruiz")));
        assertEquals(List.of("Mr. John O'Neill", "Ana Ruiz"), turns.stream().map(Statement::speaker).toList(),
                "the question is no one's claim; a speaker on record is named as on record");
        Statement first = turns.get(0);
        assertEquals("Good morning. Prices rose by 4 percent in February.", first.content());
        assertEquals(first.content(), stored.substring(first.start(), first.end()));
        assertEquals(1.0, first.speakerConfidence());
    }

    @Test
    void textWithoutLabelsIsNoTranscript() {
        assertNull(TranscriptTurns.storedText("Prices rose, the minister said on Monday."));
    }
}
