package com.claimdesk.claimreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** What a reader and a search engine see of a published fact-check. */
@QuarkusTest
class FactCheckPageTest {

    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    final Publishing publishing = new Publishing();

    @Test
    void theClaimReviewCarriesEveryFieldFromTheRecords() throws Exception {
        long claimId = publishing.publish("Only NATO and Ukraine decide Ukraine's membership");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        given().get("/fact-checks/" + claimId + ".jsonld").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("ClaimReview"))
                .body("url", equalTo("http://localhost:8081/fact-checks/" + claimId
                        + "/only-nato-and-ukraine-decide-ukraine-s-membership"))
                .body("claimReviewed", equalTo("Only NATO and Ukraine decide Ukraine's membership"))
                .body("datePublished", equalTo(today))
                .body("dateModified", nullValue())
                .body("author.'@type'", equalTo("Organization"))
                .body("author.name", equalTo("ClaimDesk Test Desk"))
                .body("author.url", equalTo("https://desk.example.org/"))
                .body("reviewRating.'@type'", equalTo("Rating"))
                .body("reviewRating.alternateName", equalTo("Mostly false"))
                .body("reviewRating.ratingValue", equalTo(2))
                .body("reviewRating.bestRating", equalTo(5))
                .body("reviewRating.worstRating", equalTo(1))
                .body("reviewRating.ratingExplanation", equalTo("Only the allies decide, by unanimity."))
                .body("itemReviewed.'@type'", equalTo("Claim"))
                .body("itemReviewed.author.'@type'", equalTo("Person"))
                .body("itemReviewed.author.name", equalTo("Jens Stoltenberg"))
                .body("itemReviewed.datePublished", equalTo("2022-01-14"))
                .body("itemReviewed.appearance", hasSize(1))
                .body("itemReviewed.appearance[0].'@type'", equalTo("CreativeWork"))
                .body("itemReviewed.appearance[0].datePublished", equalTo("2022-01-27"))
                .body("itemReviewed.firstAppearance.headline", startsWith("Fixture article"))
                .body("inLanguage", equalTo("en"));
    }

    @Test
    void thePageEmbedsExactlyOneClaimReviewEqualToTheDocument() throws Exception {
        long claimId = publishing.publish("NATO membership is decided by the allies and the applicant");
        String page = given().get("/fact-checks/" + claimId).then().statusCode(200)
                .body(containsString("data-testid=\"view-claimreview\""))
                .body(containsString("Mostly false"))
                .body(containsString("The North Atlantic Treaty"))
                .body(containsString("href=\"/fact-checks/corrections-policy\""))
                .extract().asString();
        Matcher scripts = JSON_LD.matcher(page);
        assertTrue(scripts.find());
        JsonNode embedded = new ObjectMapper().readTree(scripts.group(1));
        assertFalse(scripts.find(), "one ClaimReview per page");
        JsonNode served = new ObjectMapper().readTree(given().get("/fact-checks/" + claimId + ".jsonld").asString());
        assertEquals(served, embedded);
        given().get("/fact-checks/" + claimId + "/any-words-at-all").then().statusCode(200);
    }

    @Test
    void aClaimThatBreaksOutOfScriptsStaysInside() throws Exception {
        String hostile = "</script><script>alert(1)</script> <!-- & more";
        long claimId = publishing.publish(hostile);
        String page = given().get("/fact-checks/" + claimId).then().statusCode(200).extract().asString();
        assertFalse(page.contains("<script>alert(1)"), "the claim must not become markup");
        assertFalse(page.contains("<!-- &"), "the claim must not open an HTML comment");
        Matcher scripts = JSON_LD.matcher(page);
        assertTrue(scripts.find());
        assertFalse(scripts.group(1).contains("<"), "no raw < inside the script");
        assertEquals(hostile, new ObjectMapper().readTree(scripts.group(1)).path("claimReviewed").asText());
    }

    @Test
    void unpublishedWorkIsNotFound() {
        long claimId = publishing.approveOnly("Approved but not published yet");
        given().get("/fact-checks/" + claimId).then().statusCode(404);
        given().get("/fact-checks/" + claimId + ".jsonld").then().statusCode(404);
        given().get("/fact-checks/987654321").then().statusCode(404);
        given().get("/fact-checks").then().body(not(containsString("data-claim=\"" + claimId + "\"")));
    }

    @Test
    void theIndexListsPublishedFactChecksNewestFirst() {
        long older = publishing.publish("First published of two");
        long newer = publishing.publish("Second published of two");
        String index = given().get("/fact-checks").then().statusCode(200).extract().asString();
        int newerAt = index.indexOf("data-claim=\"" + newer + "\"");
        int olderAt = index.indexOf("data-claim=\"" + older + "\"");
        assertTrue(newerAt >= 0 && olderAt > newerAt, "newest first");
    }

    @Test
    void aCorrectionShowsOnThePageAndInTheMarkup() {
        long claimId = publishing.publish("A figure that will be corrected");
        int first = publishing.verdictOf(claimId);
        int second = TestSession.api(publishing.checker)
                .body(Map.of("correctionNote", "The treaty article is 10, not 5."))
                .post("/api/verdicts/" + first + "/correct").then().statusCode(201).extract().path("id");
        TestSession.api(publishing.checker).body(Map.of()).post("/api/verdicts/" + second + "/submit").then()
                .statusCode(200);
        TestSession.api(publishing.editor).body(Map.of()).post("/api/verdicts/" + second + "/approve").then()
                .statusCode(200);
        TestSession.api(publishing.editor).body(Map.of()).post("/api/verdicts/" + second + "/publish").then()
                .statusCode(200);

        given().get("/fact-checks/" + claimId).then().statusCode(200)
                .body(containsString("data-testid=\"corrections\""))
                .body(containsString("The treaty article is 10, not 5."));
        given().get("/fact-checks/" + claimId + ".jsonld").then()
                .body("dateModified", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
    }

    @Test
    void aRetractionLeavesANoticeWithoutMarkup() {
        long claimId = publishing.publish("A fact-check to retract");
        int first = publishing.verdictOf(claimId);
        int retraction = TestSession.api(publishing.checker)
                .body(Map.of("correctionNote", "Our main source was forged.", "withdrawn", true))
                .post("/api/verdicts/" + first + "/correct").then().statusCode(201).extract().path("id");
        TestSession.api(publishing.checker).body(Map.of()).post("/api/verdicts/" + retraction + "/submit");
        TestSession.api(publishing.editor).body(Map.of()).post("/api/verdicts/" + retraction + "/approve");
        TestSession.api(publishing.editor).body(Map.of()).post("/api/verdicts/" + retraction + "/publish").then()
                .statusCode(200);
        given().get("/fact-checks/" + claimId).then().statusCode(200)
                .body(containsString("data-testid=\"retracted\""))
                .body(containsString("Our main source was forged."))
                .body(not(containsString("application/ld+json")));
        given().get("/fact-checks/" + claimId + ".jsonld").then().statusCode(404);
    }

    @Test
    void theMarkupPageBodyForTheFactCheckToolsApi() {
        long claimId = publishing.publish("Body for the Fact Check Tools");
        int verdict = publishing.verdictOf(claimId);
        TestSession.api(publishing.checker).get("/api/verdicts/" + verdict + "/markup-page").then().statusCode(200)
                .body("pageUrl", containsString("/fact-checks/" + claimId + "/"))
                .body("claimReviewAuthor.name", equalTo("ClaimDesk Test Desk"))
                .body("claimReviewMarkups[0].claimReviewed", equalTo("Body for the Fact Check Tools"))
                .body("claimReviewMarkups[0].claimAuthor.name", equalTo("Jens Stoltenberg"))
                .body("claimReviewMarkups[0].rating.textualRating", equalTo("Mostly false"))
                .body("claimReviewMarkups[0].rating.ratingValue", equalTo(2));
    }
}
