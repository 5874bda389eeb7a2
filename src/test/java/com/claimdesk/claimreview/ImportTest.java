package com.claimdesk.claimreview;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Other fact-checkers' markup in each of its shapes, with a broken item in the middle. */
@QuarkusTest
class ImportTest {

    static String review(String url, String claim, String rating) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s", "claimReviewed": "%s",
                 "datePublished": "2022-02-03", "author": {"@type": "Organization", "name": "Other Checkers"},
                 "reviewRating": {"@type": "Rating", "alternateName": "%s"},
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Sergei Lavrov"}}}"""
                .formatted(url, claim, rating);
    }

    static final String BROKEN = """
            {"@type": "ClaimReview", "url": "javascript:alert(1)", "claimReviewed": "",
             "author": {"name": "Other Checkers"}, "reviewRating": {}}""";

    @Test
    void eachShapeIsReadItemByItem() throws Exception {
        String a = review("https://other.example/a", "Claim A", "False");
        String b = review("https://other.example/b", "Claim B", "True");
        assertEquals(1, ClaimReviewImport.read(a).size());
        assertEquals(1, ClaimReviewImport.read("\uFEFF" + a).size(), "a file saved with a byte-order mark");
        assertEquals(3, ClaimReviewImport.read("[" + a + "," + BROKEN + "," + b + "]").size());
        String feed = """
                {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
                  {"@type": "DataFeedItem", "item": [%s]}, {"@type": "DataFeedItem", "item": %s}]}"""
                .formatted(a, b);
        assertEquals(2, ClaimReviewImport.read(feed).size());
        assertEquals(2, ClaimReviewImport.read("{\"@graph\": [" + a + ", {\"@type\": \"WebPage\"}, " + b + "]}")
                .size());
        String page = "<html><head><script type=\"application/ld+json\">" + a + "</script></head><body>"
                + "<script type=\"application/ld+json\">{\"@type\": \"Organization\"}</script></body></html>";
        assertEquals(1, ClaimReviewImport.read(page).size());
    }

    @Test
    void aBrokenItemIsReportedByNumberAndFieldAndTheOthersAreValid() throws Exception {
        List<ClaimReviewImport.Item> items = ClaimReviewImport.read("[" + review("https://other.example/a", "A", "False")
                + "," + BROKEN + "," + review("https://other.example/b", "B", "True") + "]");
        assertTrue(items.get(0).valid());
        assertEquals(2, items.get(1).number());
        assertEquals(List.of("url", "claimReviewed", "reviewRating.alternateName"),
                List.copyOf(items.get(1).problems().keySet()));
        assertTrue(items.get(2).valid());
    }

    @Test
    void unreadableInputSaysWhy() {
        assertThrows(ClaimReviewImport.Unreadable.class, () -> ClaimReviewImport.read("{\"@type\": \"ClaimRev"));
        assertThrows(ClaimReviewImport.Unreadable.class, () -> ClaimReviewImport.read("<p>no markup here</p>"));
        assertThrows(ClaimReviewImport.Unreadable.class, () -> ClaimReviewImport.read("{\"@type\": \"WebPage\"}"));
    }

    @Test
    void aNulCharacterOrOverDeepNestingIsUnreadableWithAReason() {
        ClaimReviewImport.Unreadable nul = assertThrows(ClaimReviewImport.Unreadable.class,
                () -> ClaimReviewImport.read(review("https://other.example/nul", "Claim \\u0000 A", "False")));
        assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());
        assertThrows(ClaimReviewImport.Unreadable.class,
                () -> ClaimReviewImport.read(review("https://other.example/nul", "Claim \u0000 A", "False")));
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        ClaimReviewImport.Unreadable tooDeep = assertThrows(ClaimReviewImport.Unreadable.class,
                () -> ClaimReviewImport.read(deep));
        assertTrue(tooDeep.getMessage().contains("nested"), tooDeep.getMessage());
    }

    @Test
    void anUploadWithANulCharacterIsRefusedBesideTheField() {
        TestSession session = TestSession.signedIn("imp-nul", Role.CHECKER);
        byte[] file = review("https://other.example/" + UUID.randomUUID() + "/nul", "Claim \\u0000 A", "False")
                .getBytes(StandardCharsets.UTF_8);
        session.postMultipart("/claimreview/import", Map.of("markup", ""), "file", "review.json", file,
                "application/json").then().statusCode(400).body(containsString("NUL"));
        String deep = "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
        session.postMultipart("/claimreview/import", Map.of("markup", deep)).then().statusCode(400)
                .body(containsString("nested"));
    }

    @Test
    void importingKeepsTheValidItemsDeduplicatesAndShowsThemOnMatchingClaims() {
        TestSession session = TestSession.signedIn("imp", Role.CHECKER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String good = review("https://other.example/" + tag + "/troops",
                "Russia has massed more than 100,000 troops near Ukraine " + tag, "Mostly true");
        String markup = "[" + good + "," + BROKEN + "," + review("https://other.example/" + tag + "/x",
                "Something else entirely " + tag, "False") + "]";
        long before = ExternalFactCheck.count();

        session.postMultipart("/claimreview/import", Map.of("markup", markup)).then().statusCode(200)
                .contentType(containsString("charset=UTF-8"))
                .body(containsString("data-item=\"1\" data-outcome=\"added\""))
                .body(containsString("data-item=\"2\" data-outcome=\"refused\""))
                .body(containsString("claimReviewed: Says nothing about the claim reviewed."))
                .body(containsString("data-item=\"3\" data-outcome=\"added\""));
        assertEquals(before + 2, ExternalFactCheck.count());

        session.postMultipart("/claimreview/import", Map.of(), "file", "page.html",
                ("<html><script type=\"application/ld+json\">" + good.replace("troops\"", "troops#again\"")
                        + "</script></html>").getBytes(StandardCharsets.UTF_8), "text/html")
                .then().statusCode(200).body(containsString("data-outcome=\"unchanged\""));
        assertEquals(before + 2, ExternalFactCheck.count());

        Claim ours = ClaimFixtures.claim(ClaimFixtures.claimant("Demo Newswire " + tag),
                "Russia has massed more than 100,000 troops near Ukraine " + tag);
        session.get("/claims/" + ours.id).then().statusCode(200)
                .body(containsString("data-testid=\"also-checked\""))
                .body(containsString("Other Checkers"));
    }

    @Test
    void thePagesOwnAddressIsAFieldOfTheFormAndEachClaimReviewIsListedWithItsOutcome() {
        TestSession session = TestSession.signedIn("imp-url", Role.CHECKER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String page = "<html lang=\"pt\"><script type=\"application/ld+json\">[" + review("/estadao-verifica/" + tag,
                "Relative claim " + tag, "Falso") + ", {\"@type\": \"MediaReview\"}]</script></html>";
        session.postMultipart("/claimreview/import", Map.of("markup", page, "url", "https://www.estadao.com.br/x"))
                .then().statusCode(200)
                .body(containsString("data-item=\"1\" data-outcome=\"added\""))
                .body(containsString("https://www.estadao.com.br/estadao-verifica/" + tag))
                .body(containsString("data-item=\"2\" data-outcome=\"refused\""))
                .body(containsString("MediaReview is not supported yet"));
        session.postMultipart("/claimreview/import", Map.of("markup", page, "url", "ftp://example.org/"))
                .then().statusCode(400).body(containsString("data-testid=\"error-url\""));
    }

    @Test
    void nothingToReadIsA400BesideTheField() {
        TestSession.signedIn("imp", Role.CHECKER).postMultipart("/claimreview/import", Map.of("markup", "not json"))
                .then().statusCode(400).body(containsString("data-testid=\"error-markup\""));
    }
}
