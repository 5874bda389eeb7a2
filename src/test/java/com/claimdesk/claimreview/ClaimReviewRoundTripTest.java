package com.claimdesk.claimreview;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * ClaimDesk's own feed read back by a ClaimDesk (issue [14]): into the same database, where the imported copy is
 * another newsroom's fact-check (external_fact_check, keyed by the feed item's @id) apart from our own verdicts.
 * Every field the feed carries is kept; a correction updates the copy; a retraction marks it removed.
 */
@QuarkusTest
class ClaimReviewRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ClaimReviewImporter importer;

    final Publishing publishing = new Publishing();
    final String reader = TestSession.newAccount("rt", Role.CHECKER);

    @Test
    void theFeedImportedBackKeepsEveryFieldFollowsACorrectionAndARetraction() throws Exception {
        Instant before = Instant.now();
        Thread.sleep(5);
        long claimId = publishing.publish("Round trip: the treaty lets one ally veto a new member");

        String feed = given().get("/claimreview/feed.json?since=" + before).then().statusCode(200).extract().asString();
        List<ClaimReviewImporter.Outcome> first = importer.importDocument(feed, "application/ld+json", null, reader);
        assertEquals(List.of("added"), first.stream().map(ClaimReviewImporter.Outcome::outcome).toList());
        JsonNode element = element(feed, claimId);
        JsonNode review = element.path("item").path(0);
        ExternalFactCheck copy = copy(review.path("@id").asText());
        assertNotNull(copy, "kept by the feed item's @id");

        assertEquals(review.path("url").asText(), copy.url);
        assertEquals(review.path("claimReviewed").asText(), copy.claimReviewed);
        assertEquals(review.path("author").path("name").asText(), copy.organisation);
        assertEquals(review.path("author").path("url").asText(), copy.authorUrl);
        assertEquals(review.path("inLanguage").asText(), copy.language);
        assertEquals(review.path("datePublished").asText(), copy.publishedOn.toString());
        assertEquals(Instant.parse(element.path("dateModified").asText()), copy.modifiedAt);
        JsonNode rating = review.path("reviewRating");
        assertEquals(rating.path("alternateName").asText(), copy.rating);
        assertEquals(rating.path("ratingValue").asText(), copy.ratingValue);
        assertEquals(rating.path("bestRating").asText(), copy.bestRating);
        assertEquals(rating.path("worstRating").asText(), copy.worstRating);
        assertEquals(rating.path("ratingExplanation").asText(), copy.ratingExplanation);
        JsonNode claim = review.path("itemReviewed");
        assertEquals(claim.path("author").path("name").asText(), copy.claimant);
        assertEquals(claim.path("author").path("jobTitle").asText(null), copy.claimantTitle);
        assertEquals(claim.path("datePublished").asText(), copy.claimDate.toString());
        assertEquals(appearances(claim.path("appearance")), copy.appearances);
        assertFalse(copy.appearances.isEmpty(), "the fixture's claim appeared in an article");
        assertEquals(claim.path("firstAppearance").path("url").asText(null), copy.firstAppearance);

        // The next poll, unchanged: nothing to do.
        assertEquals("unchanged", importer.importDocument(feed, "application/ld+json", null, reader).get(0).outcome());

        publishing.correct(claimId, "The treaty article is 10, not 5.");
        String corrected = given().get("/claimreview/feed.json?since=" + before).then().extract().asString();
        assertEquals("updated", importer.importDocument(corrected, "application/ld+json", null, reader).get(0)
                .outcome());
        ExternalFactCheck afterCorrection = copy(review.path("@id").asText());
        assertEquals(Instant.parse(element(corrected, claimId).path("dateModified").asText()),
                afterCorrection.modifiedAt);
        assertTrue(afterCorrection.modifiedAt.isAfter(copy.modifiedAt));
        assertNull(afterCorrection.removedAt);

        publishing.retract(claimId, "Our main source was forged.");
        String retracted = given().get("/claimreview/feed.json?since=" + before).then().extract().asString();
        ClaimReviewImporter.Outcome removal = importer.importDocument(retracted, "application/ld+json", null, reader)
                .get(0);
        assertEquals("updated", removal.outcome(), removal.reason());
        assertTrue(removal.reason().contains("Removed by its publisher"), removal.reason());
        ExternalFactCheck removed = copy(review.path("@id").asText());
        assertNotNull(removed.removedAt);
        assertTrue(ExternalFactCheck.similarTo(removed.claimReviewed).stream().noneMatch(c -> c.id.equals(removed.id)),
                "a removed fact-check is no longer shown as also checked");
        assertEquals("unchanged", importer.importDocument(retracted, "application/ld+json", null, reader).get(0)
                .outcome());
    }

    private static JsonNode element(String feed, long claimId) throws Exception {
        for (JsonNode element : JSON.readTree(feed).path("dataFeedElement")) {
            if (element.path("item").path(0).path("@id").asText().endsWith("/fact-checks/" + claimId + "#claimreview")) {
                return element;
            }
        }
        throw new AssertionError("fact-check " + claimId + " is not in the feed: " + feed);
    }

    private static List<ClaimReviewImport.Appearance> appearances(JsonNode written) {
        List<ClaimReviewImport.Appearance> appearances = new ArrayList<>();
        for (JsonNode one : written) {
            appearances.add(new ClaimReviewImport.Appearance(one.path("url").asText(null),
                    one.path("headline").asText(null), one.path("datePublished").asText(null),
                    one.path("publisher").path("name").asText(null)));
        }
        return appearances;
    }

    private static ExternalFactCheck copy(String reviewId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ExternalFactCheck.<ExternalFactCheck>find("reviewId", reviewId).firstResult());
    }
}
