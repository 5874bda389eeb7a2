package com.claimdesk.claimreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.SampleArticles;
import com.claimdesk.claims.Claimant;
import com.claimdesk.extraction.Candidate;
import com.claimdesk.extraction.CandidateStatus;
import com.claimdesk.sources.Evidence;
import com.claimdesk.verdicts.Rating;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What is published changes only through review: neither a change to the rating scale nor an edit to the
 * claim's records reaches a published fact-check; a correction published through review does, and moves the
 * feed's validators.
 */
@QuarkusTest
class PublishedAsPublishedTest {

    private static final Pattern PUBLISHED_RATINGS = Pattern.compile(
            "<table data-testid=\"published-ratings\">.*?</table>", Pattern.DOTALL);

    // Its own claimant: renaming the shared one would rename the demo's Stoltenberg for later tests.
    final Publishing publishing = new Publishing("Frozen Claimant " + UUID.randomUUID().toString().substring(0, 8));
    TestSession admin;

    @BeforeEach
    void signInAnAdministrator() {
        admin = TestSession.signedIn("sa", Role.ADMIN);
    }

    /** Everything the public sees of one fact-check, and of the feed since a moment. */
    record Seen(String page, String jsonLd, String feed, String etag, String lastModified, String csv,
            String publishedRatings) {
    }

    Seen seen(long claimId, Instant since) {
        Response feed = given().get("/claimreview/feed.json?since=" + since);
        Matcher ratings = PUBLISHED_RATINGS.matcher(given().get("/ratings").then().statusCode(200).extract()
                .asString());
        assertTrue(ratings.find(), "/ratings lists the published ratings");
        return new Seen(given().get("/fact-checks/" + claimId).then().statusCode(200).extract().asString(),
                given().get("/fact-checks/" + claimId + ".jsonld").then().statusCode(200).extract().asString(),
                feed.then().statusCode(200).extract().asString(), feed.header("ETag"), feed.header("Last-Modified"),
                given().get("/claimreview/export.csv").then().statusCode(200).extract().asString(), ratings.group());
    }

    /** [9] 2: a scale change applies to what is published next, never to what is published. */
    @Test
    void aScaleChangeLeavesPublishedFactChecksAsTheyWerePublished() {
        String label = "Stretched " + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/admin/ratings", Map.of("label", label, "value", "2", "description", "Stretches the facts.",
                "colour", "#aa5500", "position", "30")).then().statusCode(303);
        Rating rating = Rating.find("label", label).firstResult();
        Instant since = Instant.now();
        long published = publishing.publish("Published before the scale changed", rating.id);
        Seen before = seen(published, since);
        given().get("/fact-checks/" + published + ".jsonld").then().body("reviewRating.bestRating", equalTo(5));

        admin.get("/admin/ratings").then().body(containsString("data-testid=\"scale-applies-next\""));
        String top = "Beyond true " + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/admin/ratings", Map.of("label", top, "value", "99", "description", "Top of a new scale.",
                "colour", "#00aa00", "position", "31")).then().statusCode(303);
        Rating added = Rating.find("label", top).firstResult();
        try {
            String renamed = "Renamed " + label;
            admin.get("/admin/ratings/" + rating.id).then().body(containsString("data-testid=\"scale-applies-next\""));
            admin.post("/admin/ratings/" + rating.id, Map.of("version", rating.version, "label", renamed,
                    "value", "2", "description", "A new description.", "colour", "#aa5500", "position", "30"))
                    .then().statusCode(303);

            assertEquals(before, seen(published, since), "the published fact-check, feed, CSV and counts");

            long next = publishing.publish("Published after the scale changed", rating.id);
            given().get("/fact-checks/" + next + ".jsonld").then()
                    .body("reviewRating.alternateName", equalTo(renamed))
                    .body("reviewRating.ratingValue", equalTo(2))
                    .body("reviewRating.bestRating", equalTo(99));
            given().get("/fact-checks/" + next).then().body(containsString("A new description."));
            given().get("/fact-checks/" + published).then().body(containsString("Stretches the facts."));
        } finally {
            // Later tests expect the default range: the entry nobody used goes again.
            admin.post("/admin/ratings/" + added.id + "/delete", Map.of("confirm", true)).then().statusCode(303);
            admin.post("/admin/ratings/" + rating.id + "/retire", Map.of("retired", "true")).then().statusCode(303);
        }
    }

    /** [10] 5: record-keeping edits to a published claim stay off the public page until a correction. */
    @Test
    void editsToThePublishedClaimsRecordsReachReadersOnlyThroughACorrection() throws Exception {
        Instant since = Instant.now();
        long claimId = publishing.publish("Only the allies decide who joins NATO");
        Seen before = seen(claimId, since);
        TestSession checker = TestSession.signIn(publishing.checker);

        // The claim reviewed, through the API.
        Map<String, Object> claim = TestSession.api(publishing.checker).get("/api/claims/" + claimId).then()
                .statusCode(200).extract().path("$");
        TestSession.api(publishing.checker).body(Map.of("statement", claim.get("statement"),
                "claimReviewed", "Only the NATO allies decide who joins", "claimant",
                ((Map<?, ?>) claim.get("claimant")).get("id"), "claimantType", "PERSON", "kind", claim.get("kind"),
                "madeAt", claim.get("madeAt"), "version", claim.get("version")))
                .put("/api/claims/" + claimId).then().statusCode(200);
        // The claimant's name.
        int claimantId = ((Number) ((Map<?, ?>) claim.get("claimant")).get("id")).intValue();
        long claimantVersion = QuarkusTransaction.requiringNew()
                .call(() -> Claimant.<Claimant>findById(claimantId).version);
        String claimantName = "Renamed claimant " + UUID.randomUUID().toString().substring(0, 6);
        checker.post("/claimants/" + claimantId, Map.of("version", claimantVersion, "name", claimantName,
                "type", "PERSON")).then().statusCode(303);
        // The evidence excerpt and the source's title.
        Evidence evidence = QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence>find(
                "from Evidence e join fetch e.source where e.claim.id = ?1", claimId).firstResult());
        checker.post("/evidence/" + evidence.id, Map.of("version", evidence.version, "stance", "CONTRADICTS",
                "excerpt", "An edited excerpt")).then().statusCode(303);
        checker.post("/sources/" + evidence.source.id, Map.of("version", evidence.source.version,
                "url", evidence.source.url, "title", "An edited source title", "type", "PRIMARY_DOCUMENT"))
                .then().statusCode(303);
        // A statement found in another article, merged into the claim as another appearance.
        Candidate candidate = candidateOfANewArticle();
        checker.post("/candidates/" + candidate.id + "/merge", Map.of("version", candidate.version, "claim", claimId))
                .then().statusCode(303);

        assertEquals(before, seen(claimId, since), "the public page, ClaimReview, feed and CSV");
        given().get("/claimreview/feed.json?since=" + since).then()
                .body("dataFeedElement[0].item[0].claimReviewed", equalTo("Only the allies decide who joins NATO"));

        // Through review, the correction publishes the edited records with its note.
        // The page and the claim's edit form say so.
        checker.get("/claims/" + claimId + "/edit").then().body(containsString("data-testid=\"published-frozen\""));
        waitForTheNextSecond();
        int correction = publishing.startCorrection(claimId,
                "We now quote the claim as made and name the source as titled.");
        TestSession.signIn(publishing.editor).get("/verdicts/" + correction).then().statusCode(200)
                .body(containsString("data-testid=\"public-changes\""))
                .body(containsString("“Only the allies decide who joins NATO” → “Only the NATO allies decide who joins”"));
        assertEquals(before, seen(claimId, since), "a correction under way changes nothing yet");
        publishing.publishCorrection(correction);
        Seen after = seen(claimId, since);
        assertTrue(after.page().contains("Only the NATO allies decide who joins"), "the claim as corrected");
        assertTrue(after.page().contains(claimantName));
        assertTrue(after.page().contains("An edited excerpt"));
        assertTrue(after.page().contains("An edited source title"));
        assertTrue(after.page().contains("We now quote the claim as made and name the source as titled."));
        given().get("/fact-checks/" + claimId + ".jsonld").then()
                .body("claimReviewed", equalTo("Only the NATO allies decide who joins"))
                .body("itemReviewed.author.name", equalTo(claimantName))
                .body("itemReviewed.appearance", hasSize(2));
        assertTrue(after.feed().contains("Only the NATO allies decide who joins"));
        assertNotEquals(before.etag(), after.etag());
        assertNotEquals(before.lastModified(), after.lastModified());
    }

    /** A correction, and a retraction, move the feed's validators forward, so aggregators fetch again. */
    @Test
    void correctionsAndRetractionsMoveTheFeedsValidatorsForward() throws Exception {
        long claimId = publishing.publish("A fact-check corrected, then retracted");
        Response first = given().get("/claimreview/feed.json");

        waitForTheNextSecond();
        publishing.correct(claimId, "The treaty article is 10, not 5.");
        Response corrected = given().header("If-None-Match", first.header("ETag"))
                .header("If-Modified-Since", first.header("Last-Modified")).get("/claimreview/feed.json");
        assertEquals(200, corrected.statusCode());
        assertTrue(lastModified(corrected).isAfter(lastModified(first)));

        waitForTheNextSecond();
        int published = TestSession.api(publishing.checker).get("/api/claims/" + claimId + "/audit").then().extract()
                .path("findAll { it.action == 'verdict.correction-published' }.last().entityId");
        int retraction = TestSession.api(publishing.checker)
                .body(Map.of("correctionNote", "Our main source was forged.", "withdrawn", true))
                .post("/api/verdicts/" + published + "/correct").then().statusCode(201).extract().path("id");
        TestSession.api(publishing.checker).body(Map.of()).post("/api/verdicts/" + retraction + "/submit");
        TestSession.api(publishing.editor).body(Map.of()).post("/api/verdicts/" + retraction + "/approve");
        TestSession.api(publishing.editor).body(Map.of()).post("/api/verdicts/" + retraction + "/publish").then()
                .statusCode(200);
        Response retracted = given().header("If-None-Match", corrected.header("ETag"))
                .header("If-Modified-Since", corrected.header("Last-Modified")).get("/claimreview/feed.json");
        assertEquals(200, retracted.statusCode());
        assertTrue(lastModified(retracted).isAfter(lastModified(corrected)), "a retraction is news too");
        given().get("/fact-checks/" + claimId).then().statusCode(200)
                .body(containsString("A fact-check corrected, then retracted"));
    }

    private static Instant lastModified(Response response) {
        assertNotNull(response.header("Last-Modified"), "the feed says when it last changed");
        return ZonedDateTime.parse(response.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
    }

    /** Last-Modified counts whole seconds: a change in the same second as the last cannot move it. */
    private static void waitForTheNextSecond() throws InterruptedException {
        Thread.sleep(1000 - Instant.now().toEpochMilli() % 1000 + 5);
    }

    private Candidate candidateOfANewArticle() {
        SampleArticles sample = SampleArticles.load(SampleArticles.US);
        long articleId = ((Number) TestSession.api(publishing.checker)
                .body(Map.of("title", sample.headline(), "url", "https://news.example.org/" + UUID.randomUUID(),
                        "publishedAt", "2022-01-27", "outlet", "Wire", "text", sample.text()))
                .post("/api/articles").then().statusCode(201).extract().path("id")).longValue();
        List<Candidate> open = QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate>list(
                "article.id = ?1 and status = ?2 order by start", articleId, CandidateStatus.OPEN));
        return open.get(0);
    }
}
