package com.claimdesk.claimreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.articles.Article;
import com.claimdesk.claims.Appearance;
import com.claimdesk.demo.DemoData;

import io.quarkus.test.junit.QuarkusTest;

/** The demo's published fact-check, as search engines and aggregators read it, field by field. */
@QuarkusTest
class DemoFactCheckTest {

    @Inject
    DemoData demoData;

    @Test
    void theDemoFactCheckIsMarkedUpFieldByField() {
        demoData.seed();
        Article nato = Article.find("url", "https://news.example.org/2022/01/nato-rejects-russia-request")
                .firstResult();
        long claimId = Appearance.<Appearance>find("article", nato).firstResult().claim.id;

        given().get("/fact-checks/" + claimId + ".jsonld").then().statusCode(200)
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("ClaimReview"))
                .body("url", equalTo("http://localhost:8081/fact-checks/" + claimId
                        + "/only-the-30-nato-allies-and-ukraine-decide-ukraine-s-ties"))
                .body("claimReviewed", equalTo("Only the 30 NATO allies and Ukraine decide Ukraine's ties with NATO"))
                .body("author.'@type'", equalTo("Organization"))
                .body("author.name", equalTo("ClaimDesk Test Desk"))
                .body("reviewRating.alternateName", equalTo("Mostly true"))
                .body("reviewRating.ratingValue", equalTo(4))
                .body("reviewRating.bestRating", equalTo(5))
                .body("reviewRating.worstRating", equalTo(1))
                .body("reviewRating.ratingExplanation",
                        equalTo("Membership is decided by the allies' unanimous agreement and the applicant, as he said."))
                .body("itemReviewed.'@type'", equalTo("Claim"))
                .body("itemReviewed.author.'@type'", equalTo("Person"))
                .body("itemReviewed.author.name", equalTo("Jens Stoltenberg"))
                .body("itemReviewed.author.jobTitle", equalTo("NATO Secretary-General"))
                .body("itemReviewed.datePublished", equalTo("2022-01-14"))
                .body("itemReviewed.appearance", hasSize(1))
                .body("itemReviewed.appearance[0].url",
                        equalTo("https://news.example.org/2022/01/nato-rejects-russia-request"))
                .body("itemReviewed.appearance[0].headline",
                        equalTo("NATO rejects Russia's request to deny Ukraine entry"))
                .body("itemReviewed.appearance[0].datePublished", equalTo("2022-01-14"))
                .body("itemReviewed.appearance[0].publisher.name", equalTo("Demo Newswire"))
                .body("itemReviewed.firstAppearance.url",
                        equalTo("https://news.example.org/2022/01/nato-rejects-russia-request"))
                .body("dateModified", nullValue())
                .body("inLanguage", equalTo("en"));
    }
}
