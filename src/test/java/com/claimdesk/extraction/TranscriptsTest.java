package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.claimdesk.extraction.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speaker turns in transcripts: an invented exchange. */
class TranscriptsTest {

    @Test
    void claimInASpeakersTurnIsTheirs() {
        String text = "Harbour board briefing\n\nQ: Will the ferry run in winter?\n\n"
                + "MS. BROOK: No. We carried 40,000 passengers last year and lost money on every crossing.\n\n"
                + "Q: And the fees?\n\nMS. BROOK: Thank you all for coming.";
        List<Statement> found = extract(text);
        assertTrue(found.stream().anyMatch(s -> s.content().contains("40,000 passengers")
                && s.speaker() != null && s.speaker().contains("BROOK")), found::toString);
        assertTrue(found.stream().noneMatch(s -> s.content().contains("Thank you")), found::toString);
    }

    @Test
    void oneShoutedWordBeforeAColonIsAHeadingNotASpeaker() {
        String text = "Harbour fees rise again\n\nBYLINE: Ada Brook\n\nThe harbour board said the pier lost 40,000 "
                + "dollars last year.\n\nThe fees will double to 300 dollars, and 2,000 boats will pay them.";
        List<Statement> found = extract(text);
        assertTrue(found.stream().noneMatch(s -> "BYLINE".equals(s.speaker())), found::toString);
    }

    @Test
    void sectionHeadingsWithColonsAreNoSpeakers() {
        String text = "Harbour report.\n\nLittle Relief for Ferries: The ferry crisis is the sort of issue the board "
                + "was made to tackle.\n\nVeto Power Impedes Pier Plans: Ending the delays is one goal of the board. "
                + "\u201CThe pier will open in May and the fees will rise,\u201D the harbour master said.";
        List<Statement> found = extract(text);
        assertTrue(found.stream().noneMatch(s -> s.speaker() != null && s.speaker().contains("Veto")), found::toString);
        assertTrue(found.stream().noneMatch(s -> s.speaker() != null && s.speaker().contains("Relief")), found::toString);
    }
}
