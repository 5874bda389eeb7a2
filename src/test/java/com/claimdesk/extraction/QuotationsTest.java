package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.claimdesk.extraction.Extracted.extract;
import static com.claimdesk.extraction.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotations and their attributions: invented sentences. */
class QuotationsTest {

    @Test
    void quotationInterruptedByItsAttributionIsOneStatement() {
        String text = "\u201CThe pier will reopen in May,\u201D the harbour master said, \u201Cand the fees will go up.\u201D";
        Statement s = only(text);
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("harbour master", s.speaker());
        assertEquals("The pier will reopen in May,\u201D the harbour master said, \u201Cand the fees will go up.",
                s.content());
    }

    @Test
    void quotedSentencesAfterTheAttributedOneAreOneStatement() {
        String text = "\u201CThe pier will reopen in May,\u201D Ada Brook said. \u201CThe fees will go up in June. "
                + "Nobody likes that.\u201D";
        Statement s = only(text);
        assertEquals("Ada Brook", s.speaker());
        assertEquals("The pier will reopen in May,\u201D Ada Brook said. \u201CThe fees will go up in June. "
                + "Nobody likes that.", s.content());
        // Words about the speaker in the attribution's sentence do not end the run.
        Statement clapping = only("\u201CThe pier will reopen in May,\u201D Ada Brook said, clapping. "
                + "\u201CThe fees will go up in June.\u201D");
        assertEquals("Ada Brook", clapping.speaker());
        assertEquals(text.indexOf("The pier"), clapping.start());
        assertEquals("The fees will go up in June.", clapping.content().substring(clapping.content().lastIndexOf('\u201C') + 1));
        // The quotation after "Brook said:" goes on in a second one.
        Statement before = only("Ada Brook told the meeting: \u201CThe pier will reopen in May.\u201D "
                + "\u201CThe fees will go up in June.\u201D");
        assertEquals("The pier will reopen in May.\u201D \u201CThe fees will go up in June.", before.content());
    }

    @Test
    void runOfQuotationsEndsAtANewCueNarrationOrParagraph() {
        List<Statement> cue = extract("\u201CThe pier will reopen in May,\u201D Ada Brook said. "
                + "\u201CThe fees will go up in June,\u201D she added.");
        assertEquals(2, cue.size(), cue::toString);
        List<Statement> narration = extract("\u201CThe pier will reopen in May,\u201D Ada Brook said. The council "
                + "met on Monday. \u201CThe fees will go up in June.\u201D");
        assertEquals(2, narration.stream().filter(s -> s.kind() == StatementKind.DIRECT).count(), narration::toString);
        List<Statement> paragraph = extract("\u201CThe pier will reopen in May,\u201D Ada Brook said.\n\n"
                + "\u201CThe fees will go up in June.\u201D");
        assertEquals(2, paragraph.size(), paragraph::toString);
        List<Statement> speaker = extract("\u201CThe pier will reopen in May,\u201D Ada Brook said. Tom Marsh "
                + "disagreed: \u201CThe fees will go up in June.\u201D");
        assertEquals(2, speaker.size(), speaker::toString);
        assertEquals("Tom Marsh", speaker.get(1).speaker());
    }

    @Test
    void verbTheCueListDoesNotKnowStillNamesTheSpeaker() {
        List<Statement> found = extract("\u201CThe fees will double by May,\u201D Mayor Tom Ortiz said on Monday.\n\n"
                + "\u201CWhy is this not proof that the board is too big?\u201D Brook demanded.\n\n"
                + "\u201CThis is a great day for the harbour!\u201D beamed Ada Marsh, who chairs the board.");
        assertEquals(3, found.size(), found::toString);
        assertEquals("Brook", found.get(1).speaker());
        assertEquals("demanded", found.get(1).cue());
        assertEquals("Ada Marsh", found.get(2).speaker());
    }

    @Test
    void periodsOfInitialsAndPartyTagsEndNoAttribution() {
        List<Statement> found = extract("\u201CIt is a disgrace to the whole harbor,\u201D Rep. Ada E. Marsh (D-Harb.) "
                + "said Friday. \u201CWe will fix it.\u201D");
        assertEquals("Ada E. Marsh", found.get(0).speaker());
        assertEquals("said", found.get(0).cue());
    }

    @Test
    void attributionBeforeTheQuotation() {
        Statement s = only("Ada Brook told the meeting: \u201CThe pier will reopen in May.\u201D");
        assertEquals("Ada Brook", s.speaker());
        assertEquals("told", s.cue());
    }

    @Test
    void namingVerbMakesAMixedStatement() {
        Statement s = only("Councillor Ada Brook called the fare rise \u201Ca tax on the poor.\u201D");
        assertEquals(StatementKind.MIXED, s.kind());
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void shortQuotationWithItsAttributionIsAStatement() {
        Statement s = only("\u201CToo expensive,\u201D Marsh said.");
        assertEquals("Too expensive,", s.content());
        assertEquals("Marsh", s.speaker());
    }

    @Test
    void speakerNamedAfterTheVerbBeforeTheQuotation() {
        List<Statement> found = extract("Ruiz defended the plan. But, said Solovey, \u201Cthe fees will rise next year.\u201D");
        Statement s = found.get(found.size() - 1);
        assertEquals("Solovey", s.speaker());
        assertEquals("the fees will rise next year.", s.content());
        List<Statement> said = extract("The fees would rise. Said Ellis: \u201CThe code will be more complicated.\u201D");
        assertEquals("Ellis", said.get(said.size() - 1).speaker());
    }

    @Test
    void paragraphEndingInAColonIntroducesTheQuotationAfterIt() {
        List<Statement> found = extract("Few donors give small sums.\n\nThe Harbour Gazette reports:\n\n"
                + "\u201CIn an illustration of the mood, only 40 people came to the meeting.\u201D");
        Statement s = found.get(found.size() - 1);
        assertEquals("Harbour Gazette", s.speaker());
        assertEquals("reports", s.cue());
    }

    @Test
    void nameAfterADashSignsTheQuotation() {
        List<Statement> found = extract("\u201CThe fees are far too high for families on the estate.\u201D \u2015 "
                + "Carla Sanchez.\n\n\u201CWe can build a new pier without the council.\u201D \u2014 Steve Quinlan.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("Carla Sanchez", found.get(0).speaker());
        assertEquals("Steve Quinlan", found.get(1).speaker());
    }

    @Test
    void nameAfterADashEndingItsLineSignsTheQuotation() {
        // Lines ending in names without a full stop make the text look wrapped at a fixed width: one paragraph.
        List<Statement> found = extract("Voters on the estate.\n\n"
                + "\u201CThe fees are far too high for families on the estate.\u201D \u2015 Pamela Ortiz\n"
                + "\u201CWe can build a new pier without the council.\u201D \u2015 Jacklyn Moss\n"
                + "\u201CNobody on the council reads our letters.\u201D \u2015 Sonya Reyes\n"
                + "\u201CThe ferry is late every single morning.\u201D \u2015 Carla Diaz\n");
        assertEquals(4, found.size(), found::toString);
        assertEquals(List.of("Pamela Ortiz", "Jacklyn Moss", "Sonya Reyes", "Carla Diaz"),
                found.stream().map(Statement::speaker).toList());
    }

    @Test
    void wordsOfTheSpeakersSentenceBeforeTheQuotationArePartOfIt() {
        Statement s = only("With the ferry gone, \u201Cnobody will come to the pier in winter,\u201D Ada Brook said.");
        assertEquals("Ada Brook", s.speaker());
        assertEquals("With the ferry gone, \u201Cnobody will come to the pier in winter,", s.content());
    }

    @Test
    void unnamedSourceWithARelativeClauseWithoutCommas() {
        assertEquals("board member", only("\u201CWe have no money left at all,\u201D a board member who asked not to be "
                + "named said.").speaker());
        assertEquals("board member", only("\u201CWe have no money left at all,\u201D said a board member who asked "
                + "not to be named.").speaker());
    }

    @Test
    void quotationEndingAReportedClauseIsPartOfIt() {
        Statement s = only("Ada Brook said the new fares \u201Cdo nothing to help the drivers.\u201D");
        assertEquals(StatementKind.MIXED, s.kind());
        assertEquals("Ada Brook", s.speaker());
        assertEquals("the new fares \u201Cdo nothing to help the drivers.\u201D", s.content());
        // A quoted name after a preposition is still the verb's object: "proclaimed a goal of "...".
        Statement goal = only("In her speech, Ada Brook proclaimed a goal of \u201Cfair fares for every rider.\u201D");
        assertEquals("Ada Brook", goal.speaker());
    }

    @Test
    void whatTheSpeakerCalledSomethingIsOneName() {
        Statement s = only("Mayor Ada Brook condemned what she called a \"reckless gamble\" with the depot funds.");
        assertEquals("what she called a \"reckless gamble\"", s.content());
        assertEquals("Ada Brook", s.speaker());
    }

    @Test
    void aQuotedTitleInTheAttributionDoesNotEndTheRun() {
        Statement s = only("\u201CThe pier will reopen in May,\u201D Ada Brook said on Harbour Radio\u2019s "
                + "\u201CMorning Show.\u201D \u201CThe fees will go up in June.\u201D");
        assertEquals("Ada Brook", s.speaker());
        assertTrue(s.content().startsWith("The pier will reopen in May,") && s.content().endsWith("go up in June."),
                s.content());
    }
}
