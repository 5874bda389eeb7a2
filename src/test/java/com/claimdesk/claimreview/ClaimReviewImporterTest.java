package com.claimdesk.claimreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditEntry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Fact-checks as real fact-checkers publish them, stored whole (issue [14], items 5-8 and 10), through the one
 * entry point the import page, the API and watched feeds share. Documents written in those shapes, besides
 * Google's documentation example (see src/test/resources/claimreview/SOURCES.md).
 */
@QuarkusTest
class ClaimReviewImporterTest {

    @Inject
    ClaimReviewImporter importer;

    final String actor = TestSession.newAccount("cri", Role.CHECKER);
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    /** A ClaimReview of this test's own site; {@code extra} adds properties. */
    String review(String path, String claim, String rating, String extra) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checks-%s.example.org%s",
                 "claimReviewed": "%s", "datePublished": "2025-03-04",
                 "author": {"@type": "Organization", "name": "Checks Desk"},
                 "reviewRating": {"@type": "Rating", "alternateName": "%s"},
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Helen Okafor"}}%s}"""
                .formatted(tag, path, claim, rating, extra.isEmpty() ? "" : ", " + extra);
    }

    List<ClaimReviewImporter.Outcome> load(String document) throws Exception {
        return importer.importDocument(document, null, null, actor);
    }

    /** As stored now (a transaction of its own, so nothing the test read before is served again). */
    static ExternalFactCheck stored(String url, String claim) {
        return QuarkusTransaction.requiringNew().call(() -> ExternalFactCheck
                .<ExternalFactCheck>find("url = ?1 and claimReviewed = ?2", url, claim).firstResult());
    }

    @Test
    void thePublisherIsTheOrganisationAndTheJournalistIsKeptApart() throws Exception {
        String page = """
                <html lang="en"><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "@id": "https://checks-%1$s.example.org/#organization", "name": "Checks Desk",
                   "url": "https://checks-%1$s.example.org/"},
                  {"@type": "Person", "@id": "https://checks-%1$s.example.org/#/schema/person/ab12", "name": "Sam Writer",
                   "url": "https://checks-%1$s.example.org/author/sam"},
                  {"@type": "ClaimReview", "url": "https://checks-%1$s.example.org/bridge",
                   "claimReviewed": "The bridge will reopen in May %1$s",
                   "author": {"@id": "https://checks-%1$s.example.org/#/schema/person/ab12"},
                   "publisher": {"@id": "https://checks-%1$s.example.org/#organization"},
                   "reviewRating": {"@type": "Rating", "alternateName": "False"}},
                  {"@type": "ClaimReview", "url": "https://checks-%1$s.example.org/tunnel",
                   "claimReviewed": "The tunnel is closed %1$s",
                   "publisher": {"@id": "https://checks-%1$s.example.org/#organization"},
                   "reviewRating": {"@type": "Rating", "alternateName": "True"}}]}
                </script></head></html>""".formatted(tag);
        List<ClaimReviewImporter.Outcome> outcomes = importer.importDocument(page, "text/html", null, actor);

        assertEquals(List.of("added", "added"), outcomes.stream().map(ClaimReviewImporter.Outcome::outcome).toList());
        assertEquals("Checks Desk", outcomes.get(0).organisation());
        assertEquals("Sam Writer", outcomes.get(0).author());
        ExternalFactCheck bridge = stored("https://checks-" + tag + ".example.org/bridge",
                "The bridge will reopen in May " + tag);
        assertEquals("Sam Writer", bridge.author);
        assertEquals("https://checks-" + tag + ".example.org/author/sam", bridge.authorUrl);
        // No author at all: the publisher is enough (Google recommends an author's name, it does not require one).
        assertEquals("Checks Desk", outcomes.get(1).organisation());
        assertNull(outcomes.get(1).author());
    }

    @Test
    void severalFactChecksOnOnePageAreEachImportedAndReimportingChangesNothing() throws Exception {
        String page = "[" + review("/roundup", "Claim one " + tag, "False", "")
                + ", " + review("/roundup", "Claim two " + tag, "Misleading", "")
                + ", " + review("/roundup", "Claim three " + tag, "True", "") + "]";
        assertEquals(List.of("added", "added", "added"), outcomes(load(page)));
        assertEquals(3, ExternalFactCheck.count("url", "https://checks-" + tag + ".example.org/roundup"));

        List<ClaimReviewImporter.Outcome> again = load(page);
        assertEquals(List.of("unchanged", "unchanged", "unchanged"), outcomes(again));
        assertEquals(3, ExternalFactCheck.count("url", "https://checks-" + tag + ".example.org/roundup"));
    }

    @Test
    void aChangedRatingOrANewerDateModifiedUpdatesItAndTheHistorySaysSo() throws Exception {
        String claim = "The bridge cost a billion " + tag;
        load(review("/cost", claim, "False", "\"dateModified\": \"2025-03-05T10:00:00Z\""));
        ExternalFactCheck first = stored("https://checks-" + tag + ".example.org/cost", claim);

        List<ClaimReviewImporter.Outcome> corrected = load(review("/cost", claim, "Half true",
                "\"dateModified\": \"2025-03-06T09:00:00Z\""));
        assertEquals("updated", corrected.get(0).outcome());
        assertTrue(corrected.get(0).reason().contains("False → Half true"), corrected.get(0).reason());
        assertEquals("Half true", stored("https://checks-" + tag + ".example.org/cost", claim).rating);

        // Same rating, a later change by the publisher: updated; an older copy afterwards: unchanged.
        assertEquals("updated", load(review("/cost", claim, "Half true",
                "\"dateModified\": \"2025-03-07\", \"inLanguage\": \"en-GB\"")).get(0).outcome());
        assertEquals("en-GB", stored("https://checks-" + tag + ".example.org/cost", claim).language);
        assertEquals("unchanged", load(review("/cost", claim, "False",
                "\"dateModified\": \"2025-03-05T10:00:00Z\"")).get(0).outcome());
        assertEquals("Half true", stored("https://checks-" + tag + ".example.org/cost", claim).rating);

        List<AuditEntry> history = AuditEntry.list("entityType = ?1 and entityId = ?2 order by id",
                "external_fact_check", first.id);
        assertEquals(List.of("external.imported", "external.updated", "external.updated"),
                history.stream().map(entry -> entry.action).toList());
        assertEquals("False", history.get(1).before.get("rating"));
        assertEquals("Half true", history.get(1).after.get("rating"));
    }

    @Test
    void anIdKeysTheFactCheckEvenWhenItsClaimIsReworded() throws Exception {
        String id = "https://checks-" + tag + ".example.org/cost#claimreview";
        load(review("/reworded", "The bridge cost a billion " + tag, "False",
                "\"@id\": \"" + id + "\", \"dateModified\": \"2025-03-05\""));
        List<ClaimReviewImporter.Outcome> reworded = load(review("/reworded", "The bridge cost a billion euros " + tag,
                "False", "\"@id\": \"" + id + "\", \"dateModified\": \"2025-03-08\""));
        assertEquals("updated", reworded.get(0).outcome());
        assertEquals(1, ExternalFactCheck.count("reviewId", id));
        assertEquals("The bridge cost a billion euros " + tag,
                QuarkusTransaction.requiringNew().call(() -> ExternalFactCheck.<ExternalFactCheck>find("reviewId", id)
                        .firstResult().claimReviewed));
    }

    @Test
    void aRelativeIdIsReadAgainstItsPageSoTwoSitesTemplatesStayTwoFactChecks() throws Exception {
        String one = review("/one", "Claim on site one " + tag, "False", "\"@id\": \"#claimreview\"");
        String other = one.replace("checks-" + tag, "others-" + tag).replace("site one", "site two");
        assertEquals("added", load(one).get(0).outcome());
        assertEquals("added", load(other).get(0).outcome());
        assertEquals(1, ExternalFactCheck.count("reviewId", "https://checks-" + tag + ".example.org/one#claimreview"));
        assertEquals(1, ExternalFactCheck.count("reviewId", "https://others-" + tag + ".example.org/one#claimreview"));
    }

    @Test
    void aSentenceRatingTheLanguageTheRatingRangeTheClaimsDateAndAppearancesAreKept() throws Exception {
        // Full Fact writes its rating as a sentence: this one is 264 characters long.
        String sentence = ("This is incorrect. The figure counts every hospital admission, not every patient, so the "
                + "same person admitted twice is counted twice; the number of people admitted in the year was a "
                + "little under half of it, according to the latest figures from NHS Digital for England. " + tag)
                .substring(0, 264);
        assertEquals(264, sentence.length());
        List<ClaimReviewImporter.Outcome> outcome = load(review("/admissions", "Two million people were admitted "
                + tag, sentence, ""));
        assertEquals("added", outcome.get(0).outcome(), outcome.get(0).reason());
        assertEquals(sentence, outcome.get(0).rating());
        // No inLanguage, no page: the text's language.
        assertEquals("en", outcome.get(0).language());

        String google = resource("google-example.json").replace("worldisflat.html", "worldisflat-" + tag + ".html");
        ClaimReviewImporter.Outcome flat = load(google).get(0);
        assertEquals("added", flat.outcome());
        ExternalFactCheck kept = stored("https://example.com/news/science/worldisflat-" + tag + ".html",
                "The world is flat");
        assertEquals("Example.com science watch", kept.organisation);
        assertEquals("1", kept.ratingValue);
        assertEquals("5", kept.bestRating);
        assertEquals("1", kept.worstRating);
        assertEquals("2016-06-20", kept.claimDate.toString());
        assertEquals("Square World Society", kept.claimant);
        assertEquals(List.of(new ClaimReviewImport.Appearance("https://example.com/news/a122121",
                "Square Earth - Flat earthers for the Internet age", "2016-06-22", "Skeptical News")), kept.appearances);

        // The page's own language when the review does not say.
        String page = "<html lang=\"pt-BR\"><head><script type=\"application/ld+json\">"
                + review("/vacina", "A vacina altera o DNA " + tag, "Falso", "") + "</script></head></html>";
        assertEquals("pt-BR", importer.importDocument(page, "text/html", null, actor).get(0).language());
    }

    @Test
    void aRelativeReviewAddressIsResolvedAgainstThePagesOwnAddress() throws Exception {
        String document = """
                {"@type": "ClaimReview", "url": "/estadao-verifica/bridge-%1$s/",
                 "claimReviewed": "The bridge will reopen in May %1$s",
                 "author": {"@type": "Organization", "name": "Estadão Verifica"},
                 "reviewRating": {"@type": "Rating", "alternateName": "Falso"}}""".formatted(tag);
        ClaimReviewImporter.Outcome refused = load(document).get(0);
        assertEquals("refused", refused.outcome());
        assertTrue(refused.reason().contains("relative"), refused.reason());
        assertEquals("/estadao-verifica/bridge-" + tag + "/", refused.url(), "the address as written, to find it by");
        assertEquals("The bridge will reopen in May " + tag, refused.claimReviewed());

        ClaimReviewImporter.Outcome resolved = importer.importDocument(document, "application/ld+json",
                "https://www.estadao.com.br/estadao-verifica/", actor).get(0);
        assertEquals("added", resolved.outcome(), resolved.reason());
        assertEquals("https://www.estadao.com.br/estadao-verifica/bridge-" + tag, resolved.url());

        ClaimReviewImport.Unreadable badAddress = assertThrows(ClaimReviewImport.Unreadable.class,
                () -> importer.importDocument(document, null, "javascript:alert(1)", actor));
        assertEquals("url", badAddress.field());
    }

    @Test
    void mediaReviewIsSkippedByNameAndADocumentWithoutClaimReviewSaysWhatItHolds() throws Exception {
        String mediaReview = """
                {"@context": "https://schema.org", "@type": "MediaReview", "mediaAuthenticityCategory": "TransformedContent",
                 "url": "https://checks-%s.example.org/photo", "author": {"@type": "Organization", "name": "Checks Desk"},
                 "itemReviewed": {"@type": "MediaReviewItem", "appearance": {"@type": "ImageObject",
                 "contentUrl": "https://social.example/photo.jpg"}}}""".formatted(tag);
        List<ClaimReviewImporter.Outcome> mixed = load("[" + mediaReview + ", "
                + review("/mixed", "A claim beside a photo " + tag, "False", "") + "]");
        assertEquals(List.of("refused", "added"), outcomes(mixed));
        assertTrue(mixed.get(0).reason().contains("MediaReview is not supported yet"), mixed.get(0).reason());

        assertTrue(unreadable(mediaReview).contains("MediaReview"));
        assertTrue(unreadable("""
                {"claims": [{"text": "The world is flat", "claimant": "Square World Society",
                  "claimReview": [{"publisher": {"name": "Example", "site": "example.com"},
                  "url": "https://example.com/flat", "textualRating": "False", "languageCode": "en"}]}],
                 "nextPageToken": "CAo"}""").contains("Fact Check Tools API"));
        String nothing = unreadable("<html><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"headline\": \"A story\"}</script></html>");
        assertTrue(nothing.contains("No ClaimReview") && nothing.contains("NewsArticle"), nothing);
    }

    @Test
    void theApiAnswersPerItemOrA422SayingWhatTheDocumentHolds() {
        String page = "<html lang=\"es\"><head><script type=\"application/ld+json\">"
                + review("/api-one", "Una afirmación " + tag, "Falso", "") + "</script>"
                + "<script type=\"application/ld+json\">{\"@type\": \"ClaimReview\", \"url\": \"/api-two\", "
                + "\"claimReviewed\": \"Otra afirmación " + tag + "\", \"publisher\": {\"name\": \"Checks Desk\"}, "
                + "\"author\": {\"@type\": \"Person\", \"name\": \"Ana Ruiz\"}, \"datePublished\": \"2025-03-04\", "
                + "\"reviewRating\": {\"alternateName\": \"Engañoso\"}}</script></head></html>";
        given().auth().preemptive().basic(actor, TestSession.password(actor)).contentType("text/html; charset=utf-8")
                .body(page).queryParam("url", "https://checks-" + tag + ".example.org/")
                .post("/api/claimreview/import").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].outcome", equalTo("added"))
                .body("items[0].claimReviewed", equalTo("Una afirmación " + tag))
                .body("items[0].claimant", equalTo("Helen Okafor"))
                .body("items[0].rating", equalTo("Falso"))
                .body("items[0].organisation", equalTo("Checks Desk"))
                .body("items[0].language", equalTo("es"))
                .body("items[0].datePublished", equalTo("2025-03-04"))
                .body("items[1].url", equalTo("https://checks-" + tag + ".example.org/api-two"))
                .body("items[1].author", equalTo("Ana Ruiz"))
                .body("items[0].keySet()", equalTo(java.util.Set.of("outcome", "reason", "url", "claimReviewed",
                        "claimant", "rating", "organisation", "author", "language", "datePublished")));

        given().auth().preemptive().basic(actor, TestSession.password(actor)).contentType("application/ld+json")
                .body("{\"@type\": \"MediaReview\"}").post("/api/claimreview/import").then().statusCode(422)
                .body("message", containsString("MediaReview"));
        given().auth().preemptive().basic(actor, TestSession.password(actor)).contentType("application/json")
                .body(Map.of("@type", "WebPage")).post("/api/claimreview/import").then().statusCode(422)
                .body("message", containsString("No ClaimReview"));
    }

    private String unreadable(String document) {
        return assertThrows(ClaimReviewImport.Unreadable.class, () -> load(document)).getMessage();
    }

    private static List<String> outcomes(List<ClaimReviewImporter.Outcome> outcomes) {
        return outcomes.stream().map(ClaimReviewImporter.Outcome::outcome).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ClaimReviewImporterTest.class.getResourceAsStream("/claimreview/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
