package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.claimdesk.extraction.Extracted.extract;
import static com.claimdesk.extraction.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speakers in the shapes real news uses: a description kept beside the name, organisations whose names hold
 * title words, the owner of the figures, participles and addressees that are not speakers. Invented sentences.
 */
class SpeakerShapesTest {

    @Test
    void descriptionAndAgeBeforeTheNameAreNotTheSpeaker() {
        Statement s = only("Local resident Maria Santos, 54, who has kept a shop on the quay for 20 years, "
                + "said the tap water had been brown since March.");
        assertEquals("Maria Santos", s.speaker());
        assertEquals("the tap water had been brown since March", s.content());
    }

    @Test
    void organisationNamedWithTitleWordsIsKeptWhole() {
        assertEquals("Environment Agency",
                only("The Environment Agency said the canal would be dredged again in June.").speaker());
        assertEquals("World Health Organization",
                only("The World Health Organization said the outbreak in the valley was contained.").speaker());
    }

    @Test
    void ownerOfTheFiguresSpeaksForThem() {
        Statement s = only("According to the council's own figures, 340 homes on the estate were flooded.");
        assertEquals("council", s.speaker());
        assertEquals("according to", s.cue());
    }

    @Test
    void roleWithNameGivesTheName() {
        assertEquals("Tom Ortiz", only("\u201CThe ferry will not run until spring,\u201D said a spokesperson for the "
                + "mayor, Tom Ortiz.").speaker());
        Statement s = only("The ferry fares will rise in April, a spokesperson for the mayor, Tom Ortiz, said.");
        assertEquals("Tom Ortiz", s.speaker());
        assertEquals("The ferry fares will rise in April", s.content());
    }

    @Test
    void participleIsNeverTheSpeaker() {
        List<Statement> found = extract("The drivers' union wrote to its members on Monday, citing reports that "
                + "the bus depot would close.");
        assertTrue(found.stream().noneMatch(s -> "citing".equalsIgnoreCase(s.speaker())), found::toString);
    }

    @Test
    void whomTheSpeakerToldIsNotTheSpeaker() {
        Statement s = only("The family will appeal the verdict, their lawyer, Ana Ruiz, told the Harbor Gazette "
                + "on Wednesday.");
        assertEquals("Ana Ruiz", s.speaker());
        assertEquals("The family will appeal the verdict", s.content());
        assertEquals("Ana Ruiz", only("\u201CWe will appeal the verdict,\u201D Ana Ruiz, told the Harbor Gazette "
                + "on Wednesday.").speaker());
    }

    @Test
    void reportingVerbsWithADoubledConsonantAttributeQuotes() {
        assertEquals("admitted", only("\u201CThe timetable was a mistake,\u201D Dan Reyes admitted.").cue());
        assertEquals("quipped", only("\u201CNobody reads the minutes,\u201D the mayor quipped.").cue());
        Statement s = only("Councillor Dan Reyes conceded that the budget was late, and Ms. Lee concurred.");
        assertEquals("Dan Reyes", s.speaker());
    }

    @Test
    void titledNameAfterTheQuoteWithoutACommaIsTheSpeaker() {
        Statement s = only("\"The dredging will start in May\" Ms. Whitlock said.");
        assertEquals("Whitlock", s.speaker());
        assertEquals("said", s.cue());
        Statement after = only("\"The dredging will start in May.\" Dr. Whitlock said.");
        assertEquals("Whitlock", after.speaker());
    }

    @Test
    void twoApostrophesMarkAQuotation() {
        Statement s = only("''The lock gates are older than the town hall,'' Ms. Whitlock said.");
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("The lock gates are older than the town hall,", s.content());
        assertEquals("Whitlock", s.speaker());
    }

    @Test
    void nameBeforeARoleDescribesThePersonNamedAfter() {
        String text = "Mayor Dana Holt opened the count on Monday. Holt spokeswoman Rosa Blum told reporters "
                + "the count would take a week.";
        List<Statement> found = extract(text);
        assertEquals("Rosa Blum", found.get(found.size() - 1).speaker(), found::toString);
    }

    @Test
    void dayAfterTheVerbIsWhenAndThePartyTagClosesTheName() {
        Statement s = only("The swing bridge will reopen in May, Council Leader Dana Holt, D-Harbor, said Tuesday.");
        assertEquals("Dana Holt", s.speaker());
        assertEquals("The swing bridge will reopen in May", s.content());
    }
}
