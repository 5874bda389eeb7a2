package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.claimdesk.extraction.Extracted.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A headline's own attribution: invented headlines. */
class HeadlinesTest {

    private static final String BODY = "\n\nThe harbour board met on Monday evening in the town hall.\n";

    /** The statements inside the headline. */
    private static List<Statement> inHeadline(String headline) {
        return extract(headline + BODY).stream().filter(s -> s.end() <= headline.length()).toList();
    }

    @Test
    void speakerAndColon() {
        Statement s = only(inHeadline("Santos: Pier Will Reopen in May After the Repairs"));
        assertEquals("Santos", s.speaker());
        assertEquals("Pier Will Reopen in May After the Repairs", s.content());
    }

    @Test
    void speakerOnATopicAndColon() {
        Statement s = only(inHeadline("Santos on the Pier: Repairs Will Be Finished in May"));
        assertEquals("Santos", s.speaker());
        assertEquals("Repairs Will Be Finished in May", s.content());
    }

    @Test
    void titleCaseVerbOfSayingBeforeOrAfterTheClaim() {
        Statement before = only(inHeadline("Mayor Ada Santos Warns the Pier Will Stay Closed Until May"));
        assertEquals("Ada Santos", before.speaker());
        assertEquals("the Pier Will Stay Closed Until May", before.content());
        Statement after = only(inHeadline("Pier Will Stay Closed Until May, Mayor Ada Santos Says"));
        assertEquals("Ada Santos", after.speaker());
        assertEquals("Pier Will Stay Closed Until May", after.content());
    }

    @Test
    void kickerIsNoSpeaker() {
        Statement s = only(inHeadline("The Latest: Ada Santos Says the Pier Will Reopen in May"));
        assertEquals("Ada Santos", s.speaker());
        assertEquals("the Pier Will Reopen in May", s.content());
        assertTrue(inHeadline("Breaking: Pier Closed for the Winter After the Storm").isEmpty());
    }

    @Test
    void titlePhraseIsNoSpeaker() {
        assertTrue(inHeadline("Trouble Over Water: The Harbour Pier Stays Closed All Winter").isEmpty());
    }

    @Test
    void callsNeedsTheQuotedNameAndFindsAClause() {
        Statement calls = only(inHeadline("Ada Santos Calls the Fare Rise \u2018A Tax on the Poor\u2019"));
        assertEquals("Ada Santos", calls.speaker());
        Statement finds = only(inHeadline("Harbour Poll Finds Santos Would Win the Vote Easily"));
        assertEquals("Santos Would Win the Vote Easily", finds.content());
        assertTrue(inHeadline("Harbour Study Finds Link Between Fees and Debt Among Families").isEmpty());
    }

    private static Statement only(List<Statement> found) {
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }
}
