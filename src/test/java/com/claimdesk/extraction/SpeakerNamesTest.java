package com.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Speaker phrases in the shapes news uses, made into claimant names; invented phrases. */
class SpeakerNamesTest {

    @Test
    void roleWithNameGivesTheName() {
        assertSure("Tom Ortiz", "spokesperson for the mayor, Tom Ortiz");
        assertSure("Tom Ortiz", "a spokesperson for the mayor, Tom Ortiz,");
        assertSure("Dan Reyes", "the district's spokesman, Dan Reyes");
    }

    @Test
    void namesBeyondAsciiAreNamesToo() {
        assertSure("Zoë Ødegård", "Local resident Zoë Ødegård, 54");
        assertSure("Łukasz Żmuda", "spokesperson for the mayor, Łukasz Żmuda");
    }

    @Test
    void descriptionsAndAgesAreDropped() {
        assertSure("Maria Santos", "Local resident Maria Santos, 54");
        assertSure("Maria Santos", "Maria Santos (54)");
        assertSure("Maria Santos", "Maria Santos, a 54-year-old shopkeeper");
        assertSure("Barack Obama", "former President Barack Obama");
    }

    @Test
    void titlesBeforeAPersonsNameAreDropped() {
        assertSure("Helen Okafor", "Mayor Helen Okafor");
        assertSure("Jane Doe", "Health Minister Jane Doe");
        assertSure("Whitlock", "Ms. Whitlock");
        assertSure("John Kerry", "Secretary of State John Kerry");
    }

    @Test
    void organisationsAreKeptWholeWithoutTheirArticle() {
        assertSure("Environment Agency", "The Environment Agency");
        assertSure("World Health Organization", "the World Health Organization");
        assertSure("Ministry of Defence", "the Ministry of Defence");
        assertSure("NATO", "NATO");
        assertSure("Lakeshore Research", "A Lakeshore Research poll");
    }

    @Test
    void namesAndPlacesStandAlone() {
        assertSure("Brennan", "Brennan");
        assertSure("Russia", "Russia");
    }

    @Test
    void whatNamesNobodyIsUnsure() {
        for (String phrase : List.of("Local", "Agency", "Organization", "citing", "The", "a spokesperson",
                "a spokesperson for the mayor", "city council", "Mayor", "Prime Minister", "officials")) {
            SpeakerNames.Name name = SpeakerNames.of(phrase);
            assertFalse(name.sure(), phrase + " → " + name);
        }
    }

    @Test
    void aPossessiveNounPhraseGivesItsOwnerUnsure() {
        SpeakerNames.Name name = SpeakerNames.of("council's own figures");
        assertEquals("council", name.text());
        assertFalse(name.sure());
        assertFalse(SpeakerNames.of("the county\u2019s figures").sure());
    }

    @Test
    void aCommonWordBeforeANounOrABodysOwnNounIsKeptUnsure() {
        SpeakerNames.Name officials = SpeakerNames.of("Election officials");
        assertEquals("Election officials", officials.text());
        assertFalse(officials.sure());
        assertEquals("players' union", SpeakerNames.of("The players' union").text());
    }

    @Test
    void aClaimantsNameOnRecordIsLeftAsItIs() {
        assertSure("Jens Stoltenberg (NATO)", "Jens Stoltenberg (NATO)");
    }

    @Test
    void theOutletsOwnAndMissingSpeakersStayAsTheyAre() {
        assertEquals(new SpeakerNames.Name(Statement.ARTICLE_SPEAKER, 1), SpeakerNames.of(Statement.ARTICLE_SPEAKER));
        assertNull(SpeakerNames.of(null));
        assertNull(SpeakerNames.of("  "));
    }

    @Test
    void settlingAStatementNamesItsSpeakerAndNeverRaisesTheEnginesConfidence() {
        Statement found = new Statement(StatementKind.INDIRECT, "the canal would be dredged", 0, 26,
                "The Environment Agency", "said", List.of(), 0.6);
        Statement settled = SpeakerNames.settle(found);
        assertEquals("Environment Agency", settled.speaker());
        assertEquals(0.6, settled.speakerConfidence());

        Statement local = SpeakerNames.settle(new Statement(StatementKind.INDIRECT, "the water was brown", 0, 19,
                "Local", "said", List.of(), 0.9));
        assertTrue(local.speakerConfidence() < Statement.CONFIDENT);
    }

    private static void assertSure(String expected, String phrase) {
        SpeakerNames.Name name = SpeakerNames.of(phrase);
        assertEquals(expected, name.text(), phrase);
        assertTrue(name.sure(), phrase + " → " + name);
    }

    @Test
    void nameAfterARoleAndAPrepositionIsWhoseTheRoleIs() {
        assertUnsure("spokeswoman for Ada Marsh", "a spokeswoman for Ada Marsh");
        assertUnsure("advisers to Mayor Ortiz", "advisers to Mayor Ortiz");
        assertSure("Morgan", "Mr. Morgan of the Harbour Trust");
    }

    private static void assertUnsure(String expected, String phrase) {
        SpeakerNames.Name name = SpeakerNames.of(phrase);
        assertEquals(expected, name.text(), phrase);
        assertFalse(name.sure(), phrase + " → " + name);
    }
}
