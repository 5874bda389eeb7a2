package com.claimdesk.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteAlignerTest {

    private static final String BRIEFING = """
            MAYOR LUND: Good morning. The harbour tunnel will open in March, and the tolls will not rise this year.
            We have spent less than the council approved, and the contractor finished the eastern shaft early.
            Next year we will look again at the fares for students and for pensioners.

            Q    Mayor, is it true the tunnel leaks?

            MAYOR LUND: There is no leak. (Laughter.) There was a puddle, uh, in one of the service rooms.
            """;

    private static final Transcript SOURCE = Transcript.read(BRIEFING);

    private static QuoteAligner.Match check(String quote, String speaker) {
        return QuoteAligner.align(SOURCE, quote, speaker, false);
    }

    @Test
    void verbatimIgnoresCasePunctuationQuotesFillersAndBracketedInsertions() {
        QuoteAligner.Match m = check("“the harbour tunnel will open in March — and the tolls will NOT rise this year”",
                "Mayor Lund");
        assertEquals("verbatim", m.label());
        assertEquals(List.of(), m.edits());
        assertEquals(1.0, m.similarity());
        assertEquals("The harbour tunnel will open in March, and the tolls will not rise this year",
                BRIEFING.substring(m.start(), m.end()));
        assertEquals("MAYOR LUND", m.speakerInSource());
        assertFalse(m.negationChanged());

        assertEquals("verbatim", check("There was a puddle in one of the service rooms", "Mayor Lund").label());
        assertEquals("verbatim", check("[The council] finished the eastern shaft early", null).label(),
                "an editor's insertion stands for the speaker's words");
    }

    @Test
    void hyphensCurlyApostrophesAndEllipsisBracketsAreNotDifferences() {
        Transcript t = Transcript.read("SENATOR OKAFOR: It’s a long-term plan, and, you know, we’ve kept it. You know the rules.");
        assertEquals("verbatim", QuoteAligner.align(t, "it's a long term plan and we've kept it", null, false).label());
        assertEquals("spliced", QuoteAligner.align(t, "It's a long-term plan [...] we've kept it", null, false).label(),
                "[...] is an ellipsis, not an insertion");
        QuoteAligner.Match kept = QuoteAligner.align(t, "we've kept it. The rules.", null, false);
        assertEquals(List.of(new QuoteAligner.Edit("delete", "", "You know")), kept.edits(),
                "'you know' not set off by punctuation is spoken words");
    }

    @Test
    void alteredShowsTheChangedWordsAndFlagsANegation() {
        QuoteAligner.Match m = check("the harbour tunnel will open in May, and the tolls will rise this year", null);
        assertEquals("altered", m.label());
        assertTrue(m.negationChanged(), "'not' was dropped");
        assertTrue(m.edits().contains(new QuoteAligner.Edit("replace", "May", "March")), m.edits().toString());
        assertTrue(m.edits().contains(new QuoteAligner.Edit("delete", "", "not")), m.edits().toString());
        assertTrue(m.similarity() > 0.8 && m.similarity() < 1, String.valueOf(m.similarity()));
    }

    @Test
    void contractionsAreOtherWords() {
        QuoteAligner.Match m = check("There isn't a leak. There was a puddle in one of the service rooms", null);
        assertEquals("altered", m.label());
        assertEquals(List.of(new QuoteAligner.Edit("replace", "isn't a", "is no")), m.edits());
        assertFalse(m.negationChanged(), "one negation each");
    }

    @Test
    void partsJoinedByAnEllipsisOrAcrossAGapAreSpliced() {
        QuoteAligner.Match m = check("We have spent less than the council approved … There is no leak", "Mayor Lund");
        assertEquals("spliced", m.label());
        assertEquals(2, m.parts().size());
        QuoteAligner.Span first = m.parts().get(0);
        assertEquals("We have spent less than the council approved", BRIEFING.substring(first.start(), first.end()));
        assertEquals(m.parts().get(1).end(), m.end());

        QuoteAligner.Match gap = check("the tolls will not rise for students and for pensioners", null);
        assertEquals("spliced", gap.label(), "joined by nothing across many words");

        QuoteAligner.Match reordered = check("the contractor finished the eastern shaft early. We have spent less than the council approved", null);
        assertEquals("spliced", reordered.label());
        assertEquals(2, reordered.parts().size());
    }

    @Test
    void twoWordsDroppedWithoutAnEllipsisIsStillAltered() {
        QuoteAligner.Match m = check("We have spent less than approved, and the contractor finished the eastern shaft early", null);
        assertEquals("altered", m.label());
        assertEquals(List.of(new QuoteAligner.Edit("delete", "", "the council")), m.edits());
    }

    @Test
    void aLineOfAnotherSpeakerIsMisattributed() {
        QuoteAligner.Match reporter = check("is it true the tunnel leaks", "Mayor Lund");
        assertEquals("misattributed", reporter.label());
        assertEquals("Q", reporter.speakerInSource());
        assertEquals("misattributed", check("There is no leak", "Councillor Berg").label());
        assertEquals("verbatim", check("There is no leak", null).label(), "no speaker claimed");
    }

    @Test
    void aQuoteFromElsewhereOrInventedOnTheTopicIsNotFound() {
        QuoteAligner.Match m = check("The ferry timetable changes on Monday for all routes", "Mayor Lund");
        assertFalse(m.found());
        assertEquals("not_found", m.label());
        assertNull(m.speakerInSource());
        assertEquals("not_found", check("the council says the tunnel tolls for students will rise in March next year", null).label());
    }

    @Test
    void anIndirectStatementInOtherWordsIsAParaphrase() {
        QuoteAligner.Match m = QuoteAligner.align(SOURCE, "the harbour tunnel would open in March and the tolls would not rise", "Mayor Lund", true);
        assertEquals("paraphrase", m.label());
    }

    @Test
    void captionsGiveTheTimesOfThePassage() {
        Transcript captions = Transcript.read("""
                WEBVTT

                00:00:10.000 --> 00:00:12.000
                The harbour tunnel will open

                00:00:12.000 --> 00:00:14.500
                in March, the mayor said.
                """);
        QuoteAligner.Match m = QuoteAligner.align(captions, "tunnel will open in March", null, false);
        assertEquals("verbatim", m.label());
        assertEquals(10.0, m.timeStart());
        assertEquals(14.5, m.timeEnd());
        assertTrue(Double.isNaN(check("There is no leak", null).timeStart()), "no times in plain text");
    }

    private static QuoteAligner.Match inSet(String file, String quote, String speaker) {
        return QuoteAligner.align(Transcript.read(QuoteSet.source(file).text()), quote, speaker, false);
    }

    private static String passage(String file, QuoteAligner.Match m) {
        return QuoteSet.source(file).text().substring(m.start(), m.end());
    }

    @Test
    void aPhraseSaidTwiceInARowDoesNotSplitThePassage() {
        String file = "set/biden-press-conference-2021-03-25.txt";
        QuoteAligner.Match m = inSet(file, "reason they’re coming is that it’s the time they can travel", "Joe Biden");
        assertEquals("verbatim", m.label());
        assertEquals("reason they’re coming is that it’s the time they can travel", passage(file, m));
    }

    @Test
    void betweenEqualPlacesTheClaimedSpeakersTurnWins() {
        String file = "set/psaki-briefing-2022-02-08.txt";
        QuoteAligner.Match m = inSet(file, "What happened on January 6th wasn't legitimate political discourse.", "Jen Psaki");
        assertEquals("altered", m.label(), "a reporter's question uses the same words; Psaki's answer is the passage");
        assertEquals("MS. PSAKI", m.speakerInSource());
        assertTrue(passage(file, m).startsWith("what happened on January 6th was not"));
    }

    @Test
    void wordsSaidElsewhereAreTheirOwnPartEvenWhenACommonWordMatchesHere() {
        String file = "set/psaki-briefing-2022-02-08.srt";
        QuoteAligner.Match m = inSet(file, "we and the industry could is also going to be meeting", null);
        assertEquals("spliced", m.label());
        assertEquals(2, m.parts().size());
    }

    @Test
    void aFewCommonWordsFarFromTheRestDoNotMakeAnInventedLineFound() {
        QuoteAligner.Match m = inSet("set/congressional-record-reid-2007-12-05.txt",
                "I run the House with an iron hand and I answer to no one.", "Nancy Pelosi");
        assertEquals("not_found", m.label());
        assertFalse(m.found());
    }

    @Test
    void aReportersQuestionIsMisattributedToTheOfficialButNotToTheReporter() {
        String file = "set/biden-press-conference-2021-03-25.txt";
        assertEquals("misattributed", inSet(file, "How do you resolve that tension?", "Joe Biden").label());
        assertEquals("verbatim", inSet(file, "How do you resolve that tension?", "Yamiche Alcindor").label(),
                "\"Q\" does not say which reporter asked");
    }

    @Test
    void anIndirectStatementsOwnFramingIsNotPartOfThePassage() {
        String file = "set/biden-press-conference-2021-03-25.txt";
        QuoteAligner.Match m = QuoteAligner.align(Transcript.read(QuoteSet.source(file).text()),
                "Biden said help is here and hope is on the way", "Joe Biden", true);
        assertEquals("paraphrase", m.label());
        assertEquals("Help is here, and hope is on the way", passage(file, m));
    }

    @Test
    void anIndirectStatementInOtherWordsIsFoundByItsGistAndAnInventedOneIsNot() {
        String file = "blinken-press-availability-2022-01-26.txt";
        Transcript t = Transcript.read(QuoteSet.source(file).text());
        QuoteAligner.Match m = QuoteAligner.align(t,
                "the United States would share its own proposals on where both sides might find common ground",
                "Antony Blinken", true);
        assertEquals("paraphrase", m.label());
        assertTrue(passage(file, m).endsWith("may be able to find common ground"));
        assertEquals("not_found", QuoteAligner.align(t,
                "Blinken said Russia had agreed to withdraw its forces from the border", "Antony Blinken", true).label());
        assertEquals("not_found", QuoteAligner.align(t,
                "the United States would share its own proposals on where both sides might find common ground",
                "Antony Blinken", false).label(), "a direct quote is held to the speaker's words");
    }
}
