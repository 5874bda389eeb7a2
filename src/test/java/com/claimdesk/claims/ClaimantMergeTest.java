package com.claimdesk.claims;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClaimantMergeTest {

    @Inject
    EntityManager entityManager;

    @Test
    void mergingMovesTheClaimsKeepsTheAliasesAndOrphansNothing() {
        String suffix = " " + System.nanoTime();
        Claimant kept = ClaimFixtures.claimant("Jens Stoltenberg" + suffix, "NATO Secretary-General" + suffix);
        Claimant gone = ClaimFixtures.claimant("Stoltenberg" + suffix, "Secretary-General of NATO" + suffix);
        ClaimFixtures.claim(kept, "NATO's relationship with Ukraine is for the allies and Ukraine");
        ClaimFixtures.claim(gone, "Russia wants spheres of influence");
        ClaimFixtures.claim(gone, "Russia must not decide what members can do");

        TestSession.signedIn("editor", Role.EDITOR)
                .post("/claimants/" + gone.id + "/merge", Map.of("into", kept.name, "confirm", true))
                .then().statusCode(303).header("Location", containsString("/claimants/" + kept.id));

        QuarkusTransaction.requiringNew().run(() -> {
            Claimant merged = Claimant.findById(kept.id);
            assertEquals(3, Claim.count("claimant", merged));
            assertTrue(merged.aliases.contains("Stoltenberg" + suffix));
            assertTrue(merged.aliases.contains("Secretary-General of NATO" + suffix));
            assertTrue(merged.aliases.contains("NATO Secretary-General" + suffix));
            assertNull(Claimant.findById(gone.id));
            assertEquals(0L, ((Number) entityManager.createNativeQuery(
                    "select count(*) from claim where claimant_id = ?1").setParameter(1, gone.id)
                    .getSingleResult()).longValue());
            assertEquals(0L, ((Number) entityManager.createNativeQuery(
                    "select count(*) from claimant_alias where claimant_id = ?1").setParameter(1, gone.id)
                    .getSingleResult()).longValue());
        });
        // The old name still finds the claimant that stayed.
        assertEquals(kept.id, Claimant.findByNameOrAlias("stoltenberg" + suffix).orElseThrow().id);
    }

    @Test
    void mergingIsForEditors() {
        Claimant claimant = ClaimFixtures.claimant("Olaf Scholz " + System.nanoTime());
        TestSession checker = TestSession.signedIn("chk", Role.CHECKER);
        checker.get("/claimants/" + claimant.id + "/merge")
                .then().statusCode(403).body(containsString("data-testid=\"error-403\""));
        checker.post("/claimants/" + claimant.id + "/merge", Map.of("into", "anyone")).then().statusCode(403);
        TestSession.signedIn("ed", Role.EDITOR).get("/claimants/" + claimant.id + "/merge").then().statusCode(200);
    }

    @Test
    void mergingIntoAnUnknownOrTheSameClaimantIsRefused() {
        Claimant claimant = ClaimFixtures.claimant("Antony Blinken " + System.nanoTime());
        TestSession editor = TestSession.signedIn("ed", Role.EDITOR);
        editor.post("/claimants/" + claimant.id + "/merge", Map.of("into", "Nobody Known " + System.nanoTime()))
                .then().statusCode(400).body(containsString("data-testid=\"error-into\""));
        editor.post("/claimants/" + claimant.id + "/merge", Map.of("into", String.valueOf(claimant.id)))
                .then().statusCode(400).body(containsString("this is the one being merged"));
    }
}
