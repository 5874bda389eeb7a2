package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import static com.claimdesk.extraction.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reported speech, sentence by sentence: invented sentences. */
class ReportedSpeechTest {

    @Test
    void saidThat() {
        Statement s = only("Ada Brook said that the ferry would stop running in October.");
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("the ferry would stop running in October", s.content());
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void trailingAttribution() {
        Statement s = only("The ferry will stop running in October, Ada Brook said.");
        assertEquals("The ferry will stop running in October", s.content());
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void accordingToASource() {
        Statement s = only("According to the harbour board, the ferry will stop running in October.");
        assertEquals("according to", s.cue());
        assertEquals("the ferry will stop running in October", s.content());
    }

    @Test
    void denial() {
        Statement s = only("Ada Brook denied that the ferry would stop running in October.");
        assertEquals(StatementKind.DENIAL, s.kind());
    }
}
