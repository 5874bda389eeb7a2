package com.claimdesk.claimreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.claimdesk.claimreview.ClaimReviewValidator.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The DataFeed aggregators pull, and the CSV export. */
@QuarkusTest
class FeedTest {

    final Publishing publishing = new Publishing();

    @Test
    void anEmptyWindowGivesAnEmptyFeed() {
        given().get("/claimreview/feed.json?since=2999-01-01T00:00:00Z").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@type'", equalTo("DataFeed"))
                .body("dataFeedElement", hasSize(0));
    }

    @Test
    void sinceGivesWhatWasPublishedAfterItOneItemPerPage() throws Exception {
        Instant before = Instant.now();
        Thread.sleep(5);
        long one = publishing.publish("Feed item one");
        given().get("/claimreview/feed.json?since=" + before).then().statusCode(200)
                .body("dataFeedElement", hasSize(1))
                .body("dataFeedElement[0].'@type'", equalTo("DataFeedItem"))
                .body("dataFeedElement[0].item[0].'@type'", equalTo("ClaimReview"))
                .body("dataFeedElement[0].item[0].claimReviewed", equalTo("Feed item one"))
                .body("dataFeedElement[0].item[0].url", containsString("/fact-checks/" + one + "/"));

        long two = publishing.publish("Feed item two");
        long three = publishing.publish("Feed item three");
        List<String> claims = given().get("/claimreview/feed.json?since=" + before).then()
                .body("dataFeedElement", hasSize(3)).extract().path("dataFeedElement.collect { it.item[0].claimReviewed }");
        assertEquals(List.of("Feed item three", "Feed item two", "Feed item one"), claims, "newest first");
        assertTrue(two < three);
    }

    @Test
    void anUnchangedFeedAnswers304() {
        publishing.publish("Feed item for caching");
        Response first = given().get("/claimreview/feed.json");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        given().header("If-None-Match", etag).get("/claimreview/feed.json").then().statusCode(304);
        given().header("If-Modified-Since", lastModified).get("/claimreview/feed.json").then().statusCode(304);

        publishing.publish("Feed item that changes the feed");
        given().header("If-None-Match", etag).get("/claimreview/feed.json").then().statusCode(200);
    }

    @Test
    void aRetractionIsSignalledAsARemovalByTheItemsIdAlsoToSinceReaders() throws Exception {
        Instant before = Instant.now();
        Thread.sleep(5);
        long claimId = publishing.publish("Feed item to retract");
        Response live = given().get("/claimreview/feed.json?since=" + before);
        String id = live.path("dataFeedElement[0].item[0].'@id'");
        assertTrue(id.endsWith("/fact-checks/" + claimId + "#claimreview"), id);

        publishing.retract(claimId, "Our main source was forged.");
        given().header("If-None-Match", live.header("ETag")).get("/claimreview/feed.json?since=" + before).then()
                .statusCode(200)
                .body("dataFeedElement", hasSize(1))
                .body("dataFeedElement[0].'@type'", equalTo("DataFeedItem"))
                .body("dataFeedElement[0].dateDeleted", notNullValue())
                .body("dataFeedElement[0].item.'@id'", equalTo(id));
        given().get("/claimreview/feed.json").then().statusCode(200)
                .body("dataFeedElement.findAll { it.dateDeleted != null }.item.'@id'", hasItem(id));
    }

    @Test
    void everyItemOfTheFeedPassesTheValidator() throws Exception {
        publishing.publish("Feed item to validate");
        JsonNode feed = new ObjectMapper().readTree(given().get("/claimreview/feed.json").asString());
        assertTrue(feed.path("dataFeedElement").size() >= 1);
        for (JsonNode element : feed.path("dataFeedElement")) {
            if (element.has("dateDeleted")) {
                continue; // a removal names the removed item only
            }
            for (JsonNode review : element.path("item")) {
                List<Problem> problems = ClaimReviewValidator.validate(review, "localhost");
                assertTrue(problems.isEmpty(), review.path("url").asText() + ": " + problems);
            }
        }
    }

    @Test
    void aBadSinceIsA400WithAMessage() {
        given().get("/claimreview/feed.json?since=last-tuesday").then().statusCode(400)
                .body(containsString("ISO-8601"));
        // Times PostgreSQL cannot hold are refused the same way, not failed on.
        given().get("/claimreview/feed.json?since=+300000-01-01T00:00:00Z").then().statusCode(400)
                .body(containsString("ISO-8601"));
        given().get("/fact-checks?after=9000000000000000000-1").then().statusCode(200);
    }

    @Test
    void theCsvExportHasOneQuotedRowPerFactCheck() {
        long id = publishing.publish("A claim, with a comma and \"quotes\"");
        String csv = given().get("/claimreview/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("url,claim_reviewed,claimant,rating,rating_value,date_published,date_modified,"
                + "first_appearance\r\n"), csv);
        assertTrue(csv.contains("/fact-checks/" + id + "/a-claim-with-a-comma-and-quotes,"
                + "\"A claim, with a comma and \"\"quotes\"\"\",Jens Stoltenberg,Mostly false,2,"), csv);
    }
}
