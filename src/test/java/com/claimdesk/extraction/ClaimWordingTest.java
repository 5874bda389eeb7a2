package com.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Claim reviewed" as first written from a found statement; invented statements. */
class ClaimWordingTest {

    @Test
    void aRunOfQuotationsLosesTheAttributionBetweenThem() {
        assertEquals("The pier will reopen in May. The fees will go up in June", text(StatementKind.DIRECT,
                "The pier will reopen in May,\u201D Ada Brook said. \u201CThe fees will go up in June."));
        assertEquals("The pier will reopen in May, and the fees will go up", text(StatementKind.DIRECT,
                "The pier will reopen in May,\" the harbour master said, \"and the fees will go up."));
        assertEquals("The pier will reopen. The fees will go up", text(StatementKind.DIRECT,
                "The pier will reopen.\u201D \u201CThe fees will go up."));
        assertEquals("With the ferry gone, nobody will come", text(StatementKind.DIRECT,
                "With the ferry gone, \u201Cnobody will come,"));
        assertEquals("With the ferry gone, nobody will come", text(StatementKind.DIRECT,
                "With the ferry gone, \"nobody will come,"));
        // A quotation inside the statement's own words stays.
        assertEquals("We said \u201Cno\u201D to the council", text(StatementKind.DIRECT,
                "We said \u201Cno\u201D to the council."));
    }

    @Test
    void trailingPunctuationAndDanglingQuotesAreTrimmed() {
        assertEquals("The pier will reopen in May", text(StatementKind.DIRECT, "The pier will reopen in May,\u201D"));
        assertEquals("The pier will reopen in May", text(StatementKind.DIRECT, "\u201CThe pier will reopen in May."));
        assertEquals("The pier will reopen in May", text(StatementKind.DIRECT, "\"The pier will reopen in May,\""));
        assertEquals("Fees rose in the \u201Cbusy\u201D season",
                text(StatementKind.INDIRECT, "fees rose in the \u201Cbusy\u201D season."));
        assertEquals("Sales have not been this low since the '90s",
                text(StatementKind.INDIRECT, "sales have not been this low since the '90s"));
        assertEquals("Is the pier safe?", text(StatementKind.DIRECT, "Is the pier safe?"));
    }

    @Test
    void thePronounStandingForTheSpeakerBecomesTheirName() {
        assertEquals("Maria Santos had waited five years",
                ClaimWording.of(StatementKind.INDIRECT, "she had waited five years", "Maria Santos", false).text());
        assertEquals("Environment Agency would dredge the canal in June",
                ClaimWording.of(StatementKind.INDIRECT, "it would dredge the canal in June", "Environment Agency",
                        true).text());
        assertEquals("Helen Okafor is proud of the budget",
                ClaimWording.of(StatementKind.DIRECT, "I am proud of the budget", "Helen Okafor", false).text());
        assertEquals("Environment Agency has no money left",
                ClaimWording.of(StatementKind.DIRECT, "We have no money left", "Environment Agency", true).text());
    }

    @Test
    void aPronounThatMayStandForSomeoneElseStays() {
        // "it" is not a person; "I think" would need the verb changed: left for the reviewer.
        assertEquals("It was the worst flood in years",
                ClaimWording.of(StatementKind.INDIRECT, "it was the worst flood in years", "Maria Santos", false)
                        .text());
        assertEquals("I think the fees are too high",
                ClaimWording.of(StatementKind.DIRECT, "I think the fees are too high", "Maria Santos", false).text());
        assertEquals("She had waited five years",
                ClaimWording.of(StatementKind.INDIRECT, "she had waited five years", null, false).text());
    }

    @Test
    void aDenialBecomesWhatTheClaimantAsserts() {
        ClaimWording.Wording wording = ClaimWording.of(StatementKind.DENIAL, "it will take military action", "Russia",
                true);
        assertEquals("Russia will not take military action", wording.text());
        assertFalse(wording.needsRewrite());
        assertEquals("The king is not seriously ill",
                ClaimWording.of(StatementKind.DENIAL, "the king is seriously ill", "palace", true).text());
        assertEquals("The count had not been rigged",
                ClaimWording.of(StatementKind.DENIAL, "the count had been rigged", "Election officials", true).text());
        assertEquals("Dan Reyes cannot stop the works",
                ClaimWording.of(StatementKind.DENIAL, "he can stop the works", "Dan Reyes", false).text());
    }

    @Test
    void aDenialThatCannotBeTurnedSafelyIsMarkedForRewriting() {
        for (String content : new String[] {"receiving money from the developer", "the mayor had a second account",
                "the depot, which closed in June, was sold", "she never saw the letter", "the firm paid the fine"}) {
            ClaimWording.Wording wording = ClaimWording.of(StatementKind.DENIAL, content, "Maria Santos", false);
            assertTrue(wording.needsRewrite(), content + " → " + wording.text());
        }
        assertFalse(ClaimWording.of(StatementKind.INDIRECT, "the firm paid the fine", "Maria Santos", false)
                .needsRewrite());
    }

    @Test
    void aLongStatementIsCutAtAWord() {
        String text = text(StatementKind.INDIRECT, "the pier ".repeat(40));
        assertTrue(text.length() <= ClaimWording.MAX && text.endsWith("pier\u2026"), text);
    }

    private static String text(StatementKind kind, String content) {
        return ClaimWording.of(kind, content, null, false).text();
    }
}
