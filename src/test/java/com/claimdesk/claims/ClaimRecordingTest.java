package com.claimdesk.claims;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.SampleArticles;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClaimRecordingTest {

    private static final String DENIAL = "Russia has continued to deny that it will take military action";
    private static final String TROOPS = "Russia has amassed more than 100,000 troops at its border with Ukraine";

    String checker;
    SampleArticles sample;
    int articleId;

    @BeforeEach
    void ingestTheUsSample() {
        checker = TestSession.newAccount("rec", Role.CHECKER);
        sample = SampleArticles.load(SampleArticles.US);
        articleId = TestSession.api(checker)
                .body(Map.of("title", sample.headline(), "publishedAt", "2022-01-27", "text", sample.text()))
                .post("/api/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void theDenialAndTheTroopFigureAreRecordedFromTheirExactRanges() {
        int[] denial = sample.rangeOf(DENIAL);
        int denialId = TestSession.api(checker)
                .body(claim(DENIAL, "Russia denies it will take military action against Ukraine", "Russia",
                        "denial", denial[0], denial[1]))
                .post("/api/claims")
                .then().statusCode(201)
                .body("claimant.name", equalTo("Russia"))
                .body("kind", equalTo("DENIAL"))
                .body("status", equalTo("NEW"))
                .body("madeAt", equalTo("2022-01-27"))
                .extract().path("id");

        int[] troops = sample.rangeOf(TROOPS);
        int troopsId = TestSession.api(checker)
                .body(claim(TROOPS, "Russia has more than 100,000 troops at the Ukrainian border", "Russia",
                        "FIGURE", troops[0], troops[1]))
                .post("/api/claims")
                .then().statusCode(201).body("kind", equalTo("FIGURE")).extract().path("id");

        TestSession.api(checker).get("/api/claims/" + denialId).then().statusCode(200)
                .body("appearances[0].articleId", equalTo(articleId))
                .body("appearances[0].start", equalTo(denial[0]))
                .body("appearances[0].end", equalTo(denial[1]))
                .body("appearances[0].text", equalTo(DENIAL));
        TestSession.api(checker).get("/api/claims/" + troopsId).then()
                .body("appearances[0].text", equalTo(TROOPS));
        // One claimant "Russia" serves both claims.
        assertEquals(1, Claimant.count("lower(name) = 'russia' and id = ?1",
                ((Number) TestSession.api(checker).get("/api/claims/" + troopsId).path("claimant.id")).longValue()));
    }

    @Test
    void aReviewerRecordsAClaimFromAPassageOnThePages() {
        TestSession session = TestSession.signedIn("rec", Role.CHECKER);
        int[] troops = sample.rangeOf(TROOPS);
        session.get("/claims/new?article=" + articleId + "&start=" + troops[0] + "&end=" + troops[1])
                .then().statusCode(200).body(containsString("data-testid=\"passage\">" + TROOPS + "<"));

        String location = session.post("/claims", Map.of(
                "statement", TROOPS, "claimReviewed", "Russia has 100,000 troops at the border",
                "claimant", "Demo Newswire", "claimantType", "ORGANISATION", "kind", "FIGURE",
                "appearance.articleId", articleId, "appearance.start", troops[0], "appearance.end", troops[1]))
                .then().statusCode(303).extract().header("Location");

        session.get(location).then().statusCode(200)
                .body(containsString("data-testid=\"appearance-passage\">" + TROOPS + "<"))
                .body(containsString("First appearance"));
        session.get("/articles/" + articleId).then().statusCode(200)
                .body(containsString("<mark class=\"claim-mark\""))
                .body(containsString(TROOPS + "</a></mark>"));
    }

    @Test
    void copiedWordsLeadToTheClaimFormForThatPassage() {
        TestSession session = TestSession.signedIn("rec", Role.CHECKER);
        int[] denial = sample.rangeOf(DENIAL);
        session.request().queryParam("words", DENIAL).get("/articles/" + articleId + "/passage")
                .then().statusCode(303)
                .header("Location", containsString("start=" + denial[0] + "&end=" + denial[1]));
        session.request().queryParam("words", "Nobody wrote this").get("/articles/" + articleId + "/passage")
                .then().statusCode(400).body(containsString("data-testid=\"error-passage\""));
    }

    @Test
    void everyBadFieldIsNamedByTheApiAndNothingIsStored() {
        long claims = Claim.count();
        long claimants = Claimant.count();
        long appearances = Appearance.count();

        expectMissing("statement");
        expectMissing("claimReviewed");
        expectMissing("claimant");
        expectMissing("kind");
        expectFieldError(Map.of("appearance", Map.of("articleId", articleId, "start", 5, "end", 999_999)),
                "appearance.end");
        expectFieldError(Map.of("appearance", Map.of("articleId", articleId, "start", -3, "end", 10)),
                "appearance.start");
        expectFieldError(Map.of("appearance", Map.of("articleId", 987654321, "start", 0, "end", 10)),
                "appearance.articleId");
        expectFieldError(Map.of("claimant", 987654321), "claimant");
        expectFieldError(Map.of("appearance", Map.of("url", "javascript:alert(1)")), "appearance.url");
        expectFieldError(Map.of("madeAt", "2999-12-31"), "madeAt");
        expectFieldError(Map.of("madeAt", "yesterday"), "madeAt");
        expectFieldError(Map.of("kind", "rumour"), "kind");
        expectFieldError(Map.of("statement", "x".repeat(10_001)), "statement");

        TestSession.api(checker).body("{\"statement\": ").post("/api/claims").then().statusCode(400);
        TestSession.api(checker).body("{\"appearance\": {\"start\": \"ten\"}}").post("/api/claims")
                .then().statusCode(400).body("fields", hasKey("appearance.start"));

        assertEquals(claims, Claim.count());
        assertEquals(claimants, Claimant.count(), "no claimant is created for a refused claim");
        assertEquals(appearances, Appearance.count());
    }

    @Test
    void badInputOnTheFormIsShownBesideEachFieldAndNothingIsStored() {
        TestSession session = TestSession.signedIn("rec", Role.CHECKER);
        long claims = Claim.count();
        session.post("/claims", Map.of("statement", "", "claimReviewed", "", "claimant", "",
                "kind", "", "madeAt", "2999-01-01", "appearance.articleId", articleId,
                "appearance.start", 10, "appearance.end", 5))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-statement\""))
                .body(containsString("data-testid=\"error-claimReviewed\""))
                .body(containsString("data-testid=\"error-claimant\""))
                .body(containsString("data-testid=\"error-madeAt\""))
                .body(containsString("data-testid=\"error-appearance.end\""));
        assertEquals(claims, Claim.count());
    }

    @Test
    void aLongClaimReviewedIsKeptWithAWarning() {
        int[] range = sample.rangeOf(TROOPS);
        String longer = "Russia has amassed more than one hundred thousand troops along its border with Ukraine";
        int id = TestSession.api(checker).body(claim(TROOPS, longer, "Russia", "FIGURE", range[0], range[1]))
                .post("/api/claims").then().statusCode(201).extract().path("id");
        TestSession.signIn(checker).get("/claims/" + id).then().statusCode(200)
                .body(containsString("data-testid=\"warning-claimReviewed\""));
    }

    @Test
    void dismissingNeedsAReasonAndPublishingIsNotAHandMove() {
        int[] range = sample.rangeOf(TROOPS);
        int id = TestSession.api(checker).body(claim(TROOPS, "Troops at the border", "Russia", "FIGURE",
                range[0], range[1])).post("/api/claims").then().statusCode(201).extract().path("id");
        TestSession session = TestSession.signIn(checker);
        Claim claim = Claim.findById((long) id);

        session.post("/claims/" + id + "/status", Map.of("version", claim.version, "to", "DISMISSED"))
                .then().statusCode(400).body(containsString("data-testid=\"error-reason\""));
        session.post("/claims/" + id + "/status", Map.of("version", claim.version, "to", "PUBLISHED"))
                .then().statusCode(400).body(containsString("cannot be moved to published"));
        session.post("/claims/" + id + "/status", Map.of("version", claim.version, "to", "DISMISSED",
                "reason", "Not checkable: a figure from the outlet itself"))
                .then().statusCode(303);

        TestSession.api(checker).get("/api/claims/" + id).then()
                .body("status", equalTo("DISMISSED"))
                .body("dismissalReason", equalTo("Not checkable: a figure from the outlet itself"));
    }

    private void expectFieldError(Map<String, ?> overrides, String field) {
        Map<String, Object> body = validBody();
        body.putAll(overrides);
        expectRefused(body, field);
    }

    private void expectMissing(String field) {
        Map<String, Object> body = validBody();
        body.remove(field);
        expectRefused(body, field);
    }

    private void expectRefused(Map<String, Object> body, String field) {
        TestSession.api(checker).body(body).post("/api/claims")
                .then().statusCode(400).body("fields", hasKey(field));
    }

    private Map<String, Object> validBody() {
        int[] range = sample.rangeOf(TROOPS);
        return new HashMap<>(claim(TROOPS, "Troops", "Russia", "FIGURE", range[0], range[1]));
    }

    private Map<String, Object> claim(String statement, String reviewed, String claimant, String kind, int start,
            int end) {
        return Map.of("statement", statement, "claimReviewed", reviewed, "claimant", claimant,
                "claimantType", "ORGANISATION", "kind", kind,
                "appearance", Map.of("articleId", articleId, "start", start, "end", end));
    }
}
