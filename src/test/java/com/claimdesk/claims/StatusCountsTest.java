package com.claimdesk.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StatusCountsTest {

    @Inject
    StatusCounts statusCounts;

    @Test
    void theKeptCountsAreTheCountedOnesAfterClaimsAreAddedMovedFoldedAndRemoved() {
        String tag = "kept-" + System.nanoTime();
        Claimant claimant = ClaimFixtures.claimant("Kept " + tag);
        Claim first = ClaimFixtures.claim(claimant, "Kept one", tag);
        Claim second = ClaimFixtures.claim(claimant, "Kept two", tag);
        assertKeptEqualsCounted();

        QuarkusTransaction.requiringNew().run(() -> {
            Claim.<Claim>findById(first.id).status = ClaimStatus.RESEARCHING;
            Claim dismissed = Claim.findById(second.id);
            dismissed.status = ClaimStatus.DISMISSED;
            dismissed.dismissalReason = "Not checkable";
        });
        assertKeptEqualsCounted();

        statusCounts.fold();
        assertKeptEqualsCounted();
        long folded = QuarkusTransaction.requiringNew().call(() -> ((Number) Claim.getEntityManager()
                .createNativeQuery("select count(*) from claim_status_change").getSingleResult()).longValue());
        long statuses = QuarkusTransaction.requiringNew().call(() -> ((Number) Claim.getEntityManager()
                .createNativeQuery("select count(distinct status) from claim_status_change").getSingleResult())
                .longValue());
        assertEquals(statuses, folded, "one row per status after folding");

        QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager()
                .createNativeQuery("update claim set status = 'IN_REVIEW' where claimant_id = ?1")
                .setParameter(1, claimant.id).executeUpdate());
        assertKeptEqualsCounted();
        QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager()
                .createNativeQuery("delete from claim where claimant_id = ?1").setParameter(1, claimant.id)
                .executeUpdate());
        assertKeptEqualsCounted();
    }

    private void assertKeptEqualsCounted() {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<ClaimStatus, Long> counted = new ClaimFilter(null, null, null, null, null, null, null, null,
                    ClaimFilter.Order.NEWEST, null).countsByStatus();
            assertEquals(counted, statusCounts.of(ClaimFilter.all()));
        });
    }
}
