package com.claimdesk.quotes;

import static com.claimdesk.quotes.SpeakerMatch.Verdict.OTHER;
import static com.claimdesk.quotes.SpeakerMatch.Verdict.SAME;
import static com.claimdesk.quotes.SpeakerMatch.Verdict.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeakerMatchTest {

    @Test
    void matchesBySurnameAfterTitles() {
        assertEquals(SAME, SpeakerMatch.compare("MS. PSAKI", "Jen Psaki"));
        assertEquals(SAME, SpeakerMatch.compare("SECRETARY BLINKEN", "Antony Blinken"));
        assertEquals(SAME, SpeakerMatch.compare("Mr. BROWN of Ohio", "Sherrod Brown"));
        assertEquals(SAME, SpeakerMatch.compare("JUSTICE SCALIA", "Justice Antonin Scalia"));
        assertEquals(OTHER, SpeakerMatch.compare("SECRETARY BLINKEN", "Sergei Lavrov"));
        assertEquals(OTHER, SpeakerMatch.compare("MS. PSAKI", "Antony Blinken"));
    }

    @Test
    void theReporterIsNobodyClaimed() {
        assertEquals(OTHER, SpeakerMatch.compare("Q", "Antony Blinken"));
    }

    @Test
    void aRoleMatchesOnlyAClaimThatNamesTheRole() {
        assertEquals(SAME, SpeakerMatch.compare("THE PRESIDENT", "the president"));
        assertEquals(SAME, SpeakerMatch.compare("THE PRESIDENT", "President Biden"));
        assertEquals(OTHER, SpeakerMatch.compare("THE PRESIDENT", "Vice President Harris"));
        assertEquals(UNKNOWN, SpeakerMatch.compare("THE PRESIDENT", "Joe Biden"));
        assertEquals(UNKNOWN, SpeakerMatch.compare("MS. PSAKI", " "));
    }

    @Test
    void theSurnameMayStandAnywhereInTheClaim() {
        assertEquals(SAME, SpeakerMatch.compare("MS. PSAKI", "Jen Psaki, the White House press secretary"));
        assertEquals(SAME, SpeakerMatch.compare("MS. PSAKI", "Psaki’s"));
        assertEquals(SAME, SpeakerMatch.compare("THE PRESIDENT", "Joe Biden, the president"));
        assertEquals(OTHER, SpeakerMatch.compare("THE PRESIDENT", "former president Obama"));
        assertEquals(OTHER, SpeakerMatch.compare("THE PRESIDENT", "Jen Psaki"), "she never held the office");
        assertEquals(UNKNOWN, SpeakerMatch.compare("A", "Jen Psaki"), "an answer's label does not say who answered");
    }
}
