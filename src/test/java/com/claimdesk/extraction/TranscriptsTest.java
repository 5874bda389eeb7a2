package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.claimdesk.extraction.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void transcriptQuotedInAnArticleIsOneStatementPerTurn() {
        String text = "Brook defends the ferry fees\n\nOn Sunday's harbour show, councillor Ada Brook said the fees were "
                + "fair.\n\nPartial transcript as follows:\n\n"
                + "\"REYES: Why did the board raise the fees? And will they go up again?\n\n"
                + "\"BROOK: Well, look, the board calls it \u201Cthe fair share.\u201D We lost money on every crossing.\n\n"
                + "\"And the ferry will run all winter.\n\n"
                + "\"(CROSSTALK.)\n\n"
                + "\"REYES: We have to leave it there.\n\n"
                + "\"Follow Tom Reyes on Twitter @tomreyes.";
        List<Statement> found = extract(text);
        List<Statement> turns = found.stream().filter(s -> s.start() > text.indexOf("Partial")).toList();
        assertEquals(3, turns.size(), turns::toString);
        assertEquals("REYES", turns.get(0).speaker());
        assertEquals("Why did the board raise the fees? And will they go up again?", turns.get(0).content());
        assertEquals("BROOK", turns.get(1).speaker());
        assertTrue(turns.get(1).content().startsWith("Well, look"), turns::toString);
        assertTrue(turns.get(1).content().endsWith("the ferry will run all winter."), turns::toString);
        assertEquals("REYES", turns.get(2).speaker());
        assertTrue(found.stream().noneMatch(s -> s.content().contains("CROSSTALK") || s.content().contains("Follow")),
                found::toString);
    }

    @Test
    void rhetoricalQuestionsInAColumnMakeNoInterview() {
        String text = "Who pays for the ferry?\n\nWho runs the harbour board?\n\n"
                + "The board raised the fees twice last year and cut 40 winter crossings.\n\n"
                + "And who pays for the ferry?\n\n"
                + "Families on the estate paid 300 pounds more in 2023 than in 2020.\n\n"
                + "In an interview, Ada Brook defended the board.\n";
        List<Statement> found = extract(text);
        assertTrue(found.stream().noneMatch(s -> s.kind() == StatementKind.DIRECT), found::toString);
    }

    @Test
    void headlineKickerIsNoSpeakersLabel() {
        String text = "BUSTED: Harbour Board Raised the Fees Twice\n\n"
                + "The board raised the fees twice last year and lost 40,000 pounds on the ferry.\n\n"
                + "It cut 12 winter crossings in 2023, the accounts show.\n";
        List<Statement> found = extract(text);
        assertTrue(found.stream().noneMatch(s -> s.kind() == StatementKind.DIRECT),
                found::toString);
    }
}
