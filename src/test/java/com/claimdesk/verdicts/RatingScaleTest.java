package com.claimdesk.verdicts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RatingScaleTest {

    @Test
    void theDefaultScaleIsDocumentedPubliclyWithItsNumbers() {
        given().get("/ratings").then().statusCode(200)
                .body(containsString("data-rating=\"Mostly false\""))
                .body(containsString("data-rating=\"Unproven\""))
                .body(containsString("from 1, the least accurate, to 5, the most accurate"));
        assertEquals(List.of("True", "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unproven"),
                Rating.scale().stream().limit(7).map(r -> r.label).toList());
    }

    @Test
    void anAdministratorAddsAnEntryWithCheckedFields() {
        TestSession admin = TestSession.signedIn("ra", Role.ADMIN);
        admin.post("/admin/ratings", Map.of("label", "", "value", "x", "description", "", "colour", "red"))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-label\""))
                .body(containsString("data-testid=\"error-value\""))
                .body(containsString("data-testid=\"error-colour\""));
        String label = "Needs context " + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/admin/ratings", Map.of("label", label, "description", "True but missing context.",
                "colour", "#3366AA", "position", "8")).then().statusCode(303);
        given().get("/ratings").then().body(containsString(label));
        TestSession.signedIn("rc", Role.CHECKER).get("/admin/ratings").then().statusCode(403);
    }

    @Test
    void renamingAnEntryToALabelOnTheScaleIsRefusedAndChangesNothing() {
        TestSession admin = TestSession.signedIn("ra", Role.ADMIN);
        String label = "Renamed " + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/admin/ratings", Map.of("label", label, "description", "To be renamed.",
                "colour", "#3366AA", "position", "9")).then().statusCode(303);
        Rating added = Rating.find("label", label).firstResult();
        admin.post("/admin/ratings/" + added.id, Map.of("version", added.version, "label", "mostly TRUE",
                "description", "Changed too.", "colour", "#3366AA", "position", "9"))
                .then().statusCode(400).body(containsString("data-testid=\"error-label\""))
                .body(containsString("has this rating already"));
        Rating after = QuarkusTransaction.requiringNew().call(() -> Rating.<Rating>findById(added.id));
        assertEquals(label, after.label);
        assertEquals("To be renamed.", after.description);
    }

    @Test
    void anEntryInUseCannotBeDeletedOnlyRetired() {
        TestSession admin = TestSession.signedIn("ra", Role.ADMIN);
        String label = "Scale test " + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/admin/ratings", Map.of("label", label, "description", "For the test.", "colour", "#123456",
                "position", "20")).then().statusCode(303);
        Rating rating = Rating.find("label", label).firstResult();
        useInADraft(rating);

        admin.post("/admin/ratings/" + rating.id + "/delete", Map.of()).then().statusCode(409)
                .body(containsString("retire it instead"));
        admin.post("/admin/ratings/" + rating.id + "/retire", Map.of("retired", "true")).then().statusCode(303);
        Rating retired = QuarkusTransaction.requiringNew().call(() -> Rating.<Rating>findById(rating.id));
        assertTrue(retired.retired);
        given().get("/ratings").then().body(not(containsString(label)));
        assertTrue(Rating.offered().stream().noneMatch(r -> r.id.equals(rating.id)), "not offered for new verdicts");
    }

    @Test
    void anUnusedEntryIsDeleted() {
        TestSession admin = TestSession.signedIn("ra", Role.ADMIN);
        String label = "Unused " + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/admin/ratings", Map.of("label", label, "description", "Gone soon.", "colour", "#654321"))
                .then().statusCode(303);
        Rating rating = Rating.find("label", label).firstResult();
        admin.post("/admin/ratings/" + rating.id + "/delete", Map.of("confirm", true)).then().statusCode(303);
        assertEquals(0, Rating.count("label", label));
    }

    private static void useInADraft(Rating rating) {
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Scale " + UUID.randomUUID()), "A claim to rate");
        String checker = TestSession.newAccount("rc", Role.CHECKER);
        TestSession.api(checker).body(Map.of("ratingId", rating.id, "conclusion", "Rated", "explanation", "Because."))
                .post("/api/claims/" + claim.id + "/verdicts").then().statusCode(201);
    }
}
