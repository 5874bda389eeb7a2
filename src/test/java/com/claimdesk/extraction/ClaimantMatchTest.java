package com.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.claimdesk.extraction.ClaimantMatch.Known;

/** A speaker matched to the claimants on record and the people an article names; invented names. */
class ClaimantMatchTest {

    static final Known BRENNAN = new Known("David Brennan", Set.of());
    static final Known AGENCY = new Known("Environment Agency", Set.of("EA"));

    @Test
    void nameOrAliasOnRecordIgnoringCaseAndArticle() {
        assertEquals("Environment Agency", ClaimantMatch.nameFor("The Environment Agency", List.of(), List.of(AGENCY)));
        assertEquals("Environment Agency", ClaimantMatch.nameFor("ENVIRONMENT AGENCY", List.of(), List.of(AGENCY)));
        assertEquals("Environment Agency", ClaimantMatch.nameFor("EA", List.of(), List.of(AGENCY)));
    }

    @Test
    void surnameIsTheOnlyOneOfThatNameOnRecord() {
        assertEquals("David Brennan", ClaimantMatch.nameFor("Brennan", List.of(), List.of(BRENNAN)));
        Known sister = new Known("Ruth Brennan", Set.of());
        assertEquals("Brennan", ClaimantMatch.nameFor("Brennan", List.of(), List.of(BRENNAN, sister)));
    }

    @Test
    void surnameIsTheOnlyOneOfThatNameInTheArticleBeforeTheRecord() {
        Known sister = new Known("Ruth Brennan", Set.of());
        assertEquals("Ruth Brennan", ClaimantMatch.nameFor("Brennan", List.of("Ruth Brennan", "Maria Santos"),
                List.of(BRENNAN, sister)));
        assertEquals("David Brennan", ClaimantMatch.nameFor("Brennan", List.of("david brennan"), List.of(BRENNAN)));
        assertEquals("Brennan", ClaimantMatch.nameFor("Brennan", List.of("Ruth Brennan", "David Brennan"),
                List.of()));
    }

    @Test
    void aRoleAndTheSameRoleMadePreciseAreOnePerson() {
        assertEquals("spokesperson for the mayor", ClaimantMatch.nameFor("a spokesperson",
                List.of("spokesperson for the mayor"), List.of()));
        assertEquals("spokesperson", ClaimantMatch.nameFor("a spokesperson for the mayor", List.of(),
                List.of(new Known("spokesperson", Set.of()))));
        assertEquals("a spokesperson", ClaimantMatch.nameFor("a spokesperson",
                List.of("spokesperson for the mayor", "spokesperson for the council"), List.of()));
    }

    @Test
    void aSpeakerNobodyKnowsKeepsTheirName() {
        assertEquals("Maria Santos", ClaimantMatch.nameFor("Maria Santos", List.of("Helen Okafor"),
                List.of(BRENNAN)));
        // A full name is not another person's surname.
        assertEquals("Tom Brennan", ClaimantMatch.nameFor("Tom Brennan", List.of(), List.of(BRENNAN)));
    }
}
