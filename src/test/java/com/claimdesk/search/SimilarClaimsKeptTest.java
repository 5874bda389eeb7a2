package com.claimdesk.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SimilarClaimsKeptTest {

    @Inject
    SimilarClaimsRefresh refresh;

    @Test
    void aNewClaimJoinsTheListsOfTheClaimsItResemblesAndLeavesThemWhenReworded() {
        String checker = TestSession.newAccount("similar", Role.CHECKER);
        String place = "Quorvale" + System.nanoTime();
        long older = record(checker, "Unemployment in " + place + " doubled between 2019 and 2023");
        refresh.refreshDue();
        assertEquals(List.of(), similarIds(checker, older), "nothing like it yet");

        long newer = record(checker, "Unemployment in " + place + " has doubled since 2019");
        assertEquals(List.of(newer), QuarkusTransaction.requiringNew().call(SimilarClaimsKeptTest::due),
                "the new claim waits for the background job");
        assertEquals(List.of(), similarIds(checker, older), "the older claim's page reads its kept list");
        refresh.refreshDue();
        assertEquals(List.of(newer), similarIds(checker, older), "the older claim's kept list has the new one");
        assertEquals(List.of(older), similarIds(checker, newer));

        Map<String, Object> claim = TestSession.api(checker).get("/api/claims/" + newer).then().statusCode(200)
                .extract().jsonPath().getMap("");
        TestSession.api(checker).body(Map.of("statement", "Bridge tolls in " + place + " went up in May",
                "claimReviewed", "Bridge tolls went up in May", "claimant", "Similar Office", "kind", "OTHER",
                "version", claim.get("version"))).put("/api/claims/" + newer).then().statusCode(200);
        refresh.refreshDue();
        assertEquals(List.of(), similarIds(checker, older), "reworded, it is no longer like the older claim");
    }

    @Test
    void theClaimPageReadsTheKeptList() {
        String checker = TestSession.newAccount("similar", Role.CHECKER);
        long first = record(checker, "Ferry fares in Lownhaven" + System.nanoTime() + " rose by a third");
        long second = record(checker, "The Ostrava" + System.nanoTime() + " library opened in 1921");
        refresh.refreshDue();
        // A row no search would find: shown, so the page reads what is kept and does not search again.
        QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager().createNativeQuery(
                "insert into similar_claim (claim_id, similar_id, score, reason) values (?1, ?2, 0.9, 'words')")
                .setParameter(1, first).setParameter(2, second).executeUpdate());
        TestSession.signedIn("similar", Role.CHECKER).get("/claims/" + first).then().statusCode(200)
                .body(containsString("data-similar=\"" + second + "\""));
        TestSession.api(checker).get("/api/claims/" + first + "/similar").then()
                .body("claimId", hasItem((int) second)).body("reason", hasItem("words"));
        TestSession.api(checker).get("/api/claims/" + second + "/similar").then()
                .body("claimId", not(hasItem((int) first)));
    }

    private static long record(String checker, String statement) {
        return TestSession.api(checker).body(Map.of("statement", statement, "claimReviewed", statement,
                "claimant", "Similar Office", "claimantType", "ORGANISATION", "kind", "OTHER",
                "appearance", Map.of("url", "https://news.example.org/similar/" + System.nanoTime())))
                .post("/api/claims").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> similarIds(String checker, long claimId) {
        return TestSession.api(checker).get("/api/claims/" + claimId + "/similar").then().statusCode(200)
                .extract().jsonPath().getList("claimId", Long.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> due() {
        return ((List<Number>) Claim.getEntityManager().createNativeQuery(
                "select claim_id from similar_claims_due order by claim_id").getResultList()).stream()
                .map(Number::longValue).toList();
    }
}
