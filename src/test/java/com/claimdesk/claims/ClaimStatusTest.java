package com.claimdesk.claims;

import static com.claimdesk.claims.ClaimStatus.DISMISSED;
import static com.claimdesk.claims.ClaimStatus.IN_REVIEW;
import static com.claimdesk.claims.ClaimStatus.NEW;
import static com.claimdesk.claims.ClaimStatus.PUBLISHED;
import static com.claimdesk.claims.ClaimStatus.RESEARCHING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @Test
    void reviewersMoveBetweenTheStatesThatNeedNoVerdict() {
        assertTrue(NEW.canMoveByHandTo(RESEARCHING));
        assertTrue(RESEARCHING.canMoveByHandTo(NEW));
        assertTrue(NEW.canMoveByHandTo(DISMISSED));
        assertTrue(RESEARCHING.canMoveByHandTo(DISMISSED));
        assertTrue(DISMISSED.canMoveByHandTo(NEW));
    }

    @Test
    void reviewAndPublicationBelongToTheVerdictWorkflow() {
        for (ClaimStatus from : ClaimStatus.values()) {
            assertFalse(from.canMoveByHandTo(IN_REVIEW), from + " -> in review");
            assertFalse(from.canMoveByHandTo(PUBLISHED), from + " -> published");
        }
        assertEquals(List.of(), PUBLISHED.movesByHand());
        assertEquals(List.of(), IN_REVIEW.movesByHand());
    }

    @Test
    void movesAreOfferedInAStableOrder() {
        assertEquals(List.of(RESEARCHING, DISMISSED), NEW.movesByHand());
    }
}
