package com.claimdesk.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * ClaimReview as real fact-checkers publish it (issue [14], items 1-5, 8-10), in documents written for this test
 * in those shapes: the types, arrays, references and envelopes that a strict reader refused or read as empty.
 */
class ClaimReviewShapesTest {

    private static final String REVIEW_BODY = """
            "url": "https://checks.example.org/2025/01/bridge",
            "claimReviewed": "The bridge will reopen in May",
            "datePublished": "2025-01-20",
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Helen Okafor"}}""";

    @Test
    void typesGivenAsArraysOrFullAddressesAreClaimReviews() throws Exception {
        for (String type : List.of("[\"ClaimReview\"]", "[\"Review\", \"ClaimReview\"]",
                "\"http://schema.org/ClaimReview\"", "\"https://schema.org/ClaimReview\"")) {
            List<ClaimReviewImport.Item> items = ClaimReviewImport.read("{\"@context\": \"https://schema.org\", "
                    + "\"@type\": " + type + ", \"author\": {\"@type\": \"Organization\", \"name\": \"Checks\"}, "
                    + REVIEW_BODY + "}");
            assertEquals(1, items.size(), type);
            assertTrue(items.get(0).valid(), type + ": " + items.get(0).problems());
        }
    }

    @Test
    void aBrokenBlockElsewhereOnThePageCostsNothingAndRawLineBreaksAreRead() throws Exception {
        String page = """
                <html lang="en"><head>
                <script type="application/ld+json">{"@type": "VideoObject", "name": "Broken
                line", "description": }</script>
                <script type="application/ld+json">{"@type": "ClaimReview",
                  "author": {"@type": "Organization", "name": "Checks"}, %s,
                  "reviewBody": "A raw line break
                inside a string"}</script>
                </head></html>""".formatted(REVIEW_BODY);
        List<ClaimReviewImport.Item> items = ClaimReviewImport.read(page);
        assertEquals(1, items.size());
        assertTrue(items.get(0).valid(), items.get(0).problems().toString());
    }

    @Test
    void onlyBrokenBlocksSayWhichBlock() {
        ClaimReviewImport.Unreadable unreadable = assertThrows(ClaimReviewImport.Unreadable.class,
                () -> ClaimReviewImport.read("<html><script type=\"application/ld+json\">{\"a\": 1}</script>"
                        + "<script type=\"application/ld+json\">{\"@type\": ClaimReview}</script></html>"));
        assertTrue(unreadable.getMessage().contains("JSON-LD block 2"), unreadable.getMessage());
    }

    @Test
    void valuesGivenAsOneElementArraysAreRead() throws Exception {
        ClaimReviewImport.Found found = only("""
                {"@type": "ClaimReview", "url": ["https://checks.example.org/x"],
                 "author": [{"@type": "Organization", "name": ["Checks"]}],
                 "claimReviewed": ["The bridge will reopen in May"],
                 "reviewRating": [{"@type": "Rating", "alternateName": ["Misleading"]}],
                 "itemReviewed": [{"@type": "Claim", "author": [{"@type": "Person", "name": ["Helen Okafor"]}]}]}
                """);
        assertEquals("The bridge will reopen in May", found.claimReviewed());
        assertEquals("Misleading", found.rating());
        assertEquals("Helen Okafor", found.claimant());
        assertEquals("Checks", found.organisation());
    }

    @Test
    void referencesByIdAreFollowedWithinTheDocument() throws Exception {
        ClaimReviewImport.Found found = only("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "@id": "https://checks.example.org/#organization", "name": "Checks Desk"},
                  {"@type": "ClaimReview", "author": {"@id": "https://checks.example.org/#organization"}, %s}]}
                """.formatted(REVIEW_BODY));
        assertEquals("Checks Desk", found.organisation());
    }

    @Test
    void thePublisherIsTheOrganisationNotTheJournalist() throws Exception {
        ClaimReviewImport.Found found = only("""
                {"@type": "ClaimReview", "author": {"@type": "Person", "name": "Sam Writer"},
                 "publisher": {"@type": "Organization", "name": "Checks Desk"}, %s}
                """.formatted(REVIEW_BODY));
        assertEquals("Checks Desk", found.organisation());
        // No author name at all is not a reason to refuse when the publisher is named.
        assertEquals("Checks Desk", only("""
                {"@type": "ClaimReview", "publisher": {"@type": "Organization", "name": "Checks Desk"}, %s}
                """.formatted(REVIEW_BODY)).organisation());
    }

    @Test
    void reviewsNestedInAnArticleOrAVendorEnvelopeAreFound() throws Exception {
        String review = "{\"@type\": \"ClaimReview\", \"author\": {\"name\": \"Checks\"}, " + REVIEW_BODY + "}";
        assertEquals(1, ClaimReviewImport.read("{\"@type\": \"NewsArticle\", \"review\": " + review + "}").size());
        assertEquals(2, ClaimReviewImport.read("{\"data\": [" + review + ", " + review + "]}").size());
    }

    @Test
    void noBreakSpacesAroundNamesAreTrimmed() throws Exception {
        ClaimReviewImport.Found found = only("""
                {"@type": "ClaimReview", "author": {"name": "Checks\\u00a0"}, "url": "https://checks.example.org/y",
                 "claimReviewed": "\\u00a0A claim", "reviewRating": {"alternateName": "False"},
                 "itemReviewed": {"author": {"name": "Facebook user\\u00a0"}}}
                """);
        assertEquals("Facebook user", found.claimant());
        assertEquals("Checks", found.organisation());
        assertEquals("A claim", found.claimReviewed());
    }

    @Test
    void mediaReviewIsNamedNotMistakenForNothing() {
        ClaimReviewImport.Unreadable unreadable = assertThrows(ClaimReviewImport.Unreadable.class,
                () -> ClaimReviewImport.read("{\"@type\": \"MediaReview\", \"mediaAuthenticityCategory\": "
                        + "\"TransformedContent\"}"));
        assertTrue(unreadable.getMessage().contains("MediaReview"), unreadable.getMessage());
    }

    @Test
    void withoutAnyOrganisationTheItemIsRefusedByField() throws Exception {
        ClaimReviewImport.Item item = ClaimReviewImport.read("{\"@type\": \"ClaimReview\", " + REVIEW_BODY + "}")
                .get(0);
        assertTrue(item.problems().containsKey("author.name"), item.problems().toString());
        // What could be read says which fact-check was refused.
        assertEquals("The bridge will reopen in May", item.found().claimReviewed());
    }

    private static ClaimReviewImport.Found only(String document) throws Exception {
        List<ClaimReviewImport.Item> items = ClaimReviewImport.read(document);
        assertEquals(1, items.size());
        assertTrue(items.get(0).valid(), items.get(0).problems().toString());
        return items.get(0).found();
    }
}
