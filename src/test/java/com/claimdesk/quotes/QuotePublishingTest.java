package com.claimdesk.quotes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.articles.Article;
import com.claimdesk.claimreview.Publishing;
import com.claimdesk.sources.Source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A published fact-check names the articles that printed the checked quote, the first seen as firstAppearance. */
@QuarkusTest
class QuotePublishingTest {

    @Test
    void theEarliestVariantOnRecordIsTheClaimReviewsFirstAppearance() {
        Publishing publishing = new Publishing("Antony Blinken");
        long claimId = publishing.approveOnly("Blinken on core principles " + UUID.randomUUID());
        Source source = QuoteFixtures.transcript(QuoteFixtures.blinken());
        String url = "https://wire.example.org/" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = new Article();
            article.headline = "Blinken sets out principles";
            article.setText("Blinken said: “We make clear that there are core principles that we are committed to "
                    + "uphold,” in Washington. " + UUID.randomUUID());
            article.url = url;
            article.outlet = "Wire";
            article.publishedOn = LocalDate.of(2022, 1, 26);
            article.addedBy = "fixture";
            article.addedAt = Instant.now();
            article.persist();
        });
        TestSession.api(publishing.checker).body(Map.of("sourceId", source.id, "quote", QuoteCheckApiTest.LINE))
                .post("/api/claims/" + claimId + "/quote-checks").then().statusCode(201);

        int verdict = publishing.verdictOf(claimId);
        TestSession.api(publishing.editor).body(Map.of()).post("/api/verdicts/" + verdict + "/publish").then()
                .statusCode(200);

        given().get("/fact-checks/" + claimId + ".jsonld").then().statusCode(200)
                .body("itemReviewed.firstAppearance.url", equalTo(url))
                .body("itemReviewed.appearance.url", hasItem(url));
    }
}
