package com.claimdesk.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.claimdesk.claimreview.ClaimReviewValidator.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every rule of the validator, on a document that is valid until one thing is taken out or changed. */
class ClaimReviewValidatorTest {

    private static final String HOST = "desk.example.org";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ClaimReviewDocument valid() {
        Publication shown = new Publication("NATO membership is for the allies to decide", "Jens Stoltenberg",
                "PERSON", "NATO Secretary-General", "2022-01-14",
                new Publication.PublishedRating("Mostly true", 4, 5, 1, "Accurate but needs context.", "#689f38"),
                List.of(), List.of(new Publication.Appearance("https://news.example.org/a",
                        "NATO rejects Russia's request", "2022-01-14", "Demo Newswire")));
        FactCheck fact = new FactCheck(7, 70, 1, "Accurate, with one caveat.", Instant.parse("2022-02-01T10:00:00Z"),
                Instant.parse("2022-02-01T10:00:00Z"), shown);
        return ClaimReviewMapping.toClaimReview(fact, new ClaimReviewMapping.Publisher("Desk", "https://desk.example.org/",
                "https://desk.example.org", "en"));
    }

    @Test
    void aCompleteDocumentHasNoProblems() {
        assertEquals(List.of(), ClaimReviewValidator.validate(valid(), HOST));
    }

    @ParameterizedTest(name = "{0} missing: {1}")
    @CsvSource({
            "claimReviewed, ERROR, claimReviewed",
            "url, ERROR, url",
            "author, WARNING, author",
            "datePublished, WARNING, datePublished",
            "itemReviewed, WARNING, itemReviewed",
    })
    void aMissingTopLevelPropertyIsReported(String property, String severity, String field) {
        List<Problem> problems = validate(review -> review.remove(property));
        assertOnly(problems, severity, field);
    }

    @Test
    void theTextRatingIsRequired() {
        assertOnly(validate(review -> ((ObjectNode) review.get("reviewRating")).remove("alternateName")), "ERROR",
                "reviewRating.alternateName");
    }

    @Test
    void whoMadeTheClaimAndWhereItAppearedAreRecommended() {
        assertOnly(validate(review -> ((ObjectNode) review.get("itemReviewed")).remove("author")), "WARNING",
                "itemReviewed.author");
        List<Problem> problems = validate(review -> {
            ObjectNode claim = (ObjectNode) review.get("itemReviewed");
            claim.remove("appearance");
            claim.remove("firstAppearance");
        });
        assertOnly(problems, "WARNING", "itemReviewed.appearance");
    }

    @Test
    void theUrlMustBeOnTheOrganisationsOwnSite() {
        assertOnly(validate(review -> review.put("url", "https://elsewhere.example.com/fact-checks/7")), "ERROR", "url");
        assertTrue(ClaimReviewValidator.validate(MAPPER.valueToTree(valid()), "example.org").isEmpty(),
                "a subdomain of the organisation's domain is its own site");
    }

    @Test
    void aNumberNeedsItsRangeAndMustLieInIt() {
        assertOnly(validate(review -> ((ObjectNode) review.get("reviewRating")).remove("bestRating")), "ERROR",
                "reviewRating.bestRating");
        assertOnly(validate(review -> ((ObjectNode) review.get("reviewRating")).put("ratingValue", 9)), "ERROR",
                "reviewRating.ratingValue");
        assertTrue(validate(review -> {
            ObjectNode rating = (ObjectNode) review.get("reviewRating");
            rating.remove("ratingValue");
            rating.remove("bestRating");
            rating.remove("worstRating");
        }).isEmpty(), "a text-only rating (Misleading, Unproven) is fine");
    }

    @Test
    void everyTypeAndPropertyMustExistInSchemaOrg() {
        assertOnly(validate(review -> review.put("verdict", "false")), "ERROR", "verdict");
        assertOnly(validate(review -> ((ObjectNode) review.get("itemReviewed")).put("@type", "Statement")), "ERROR",
                "itemReviewed.@type");
        assertOnly(validate(review -> review.put("@type", "Review")), "ERROR", "@type");
    }

    @Test
    void warningsDoNotBlockPublicationButErrorsDo() {
        assertTrue(ClaimReviewValidator.publishable(validate(review -> review.remove("author"))));
        assertFalse(ClaimReviewValidator.publishable(validate(review -> review.remove("claimReviewed"))));
    }

    private static List<Problem> validate(Consumer<ObjectNode> change) {
        ObjectNode review = MAPPER.valueToTree(valid());
        change.accept(review);
        return ClaimReviewValidator.validate(review, HOST);
    }

    private static void assertOnly(List<Problem> problems, String severity, String field) {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(severity, problems.get(0).severity().name());
        assertEquals(field, problems.get(0).field());
    }
}
