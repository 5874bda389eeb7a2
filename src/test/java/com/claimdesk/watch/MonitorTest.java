package com.claimdesk.watch;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claimreview.ClaimReviewImporter;
import com.claimdesk.claimreview.Publishing;
import com.claimdesk.extraction.Candidate;
import com.claimdesk.extraction.CandidateStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The morning list: what watched outlets said, ranked, filtered, decided in bulk, new per reader. */
@QuarkusTest
class MonitorTest {

    private static final String TEXT = """
            "We have no plans for a festival this summer," said Ola Nordmann, the organiser.

            Berg denied that the council had raised parking fees.

            "The harbour tunnel under the old port cost 4 billion kroner to build," Mayor Anna Berg said on Monday.
            """;

    @Inject
    ClaimReviewImporter importer;

    @Test
    void aStatementAlreadyFactCheckedComesFirstWithALinkToTheVerdict() throws Exception {
        String tag = "harbour-" + UUID.randomUUID().toString().substring(0, 8);
        String review = "https://checkers.example.org/tunnel-" + UUID.randomUUID();
        importer.importDocument("""
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s",
                 "claimReviewed": "We have no plans for a festival this summer",
                 "datePublished": "2024-02-03", "author": {"@type": "Organization", "name": "Harbour Checkers"},
                 "reviewRating": {"@type": "Rating", "alternateName": "Misleading"},
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Ola Nordmann"}}}"""
                .formatted(review), "application/ld+json", null, "fixture");
        WatchFixtures.watchedArticle(WatchFixtures.stoppedFeed(tag), "Harbour Times", TEXT);

        TestSession session = TestSession.signedIn("monitor", Role.CHECKER);
        Document page = Jsoup.parse(session.get("/monitor?tag=" + tag).then().statusCode(200).extract().asString());
        List<Element> items = page.select("[data-testid=monitor-items] > li");
        assertTrue(items.size() >= 3, "statements listed: " + items.size());
        // The festival statement alone is nothing special (no figure, no denial) but for having been checked.
        Element first = items.get(0);
        assertTrue(first.text().contains("festival"), first.text());
        assertTrue(items.stream().skip(1).anyMatch(li -> li.text().contains("harbour tunnel")
                && li.text().contains("figures")), "the figure with a named speaker comes after it");
        Element checked = first.selectFirst("[data-testid=checked-before]");
        assertTrue(checked != null && checked.text().contains("Harbour Checkers"), first.html());
        assertEquals(review, checked.selectFirst("a").attr("href"));
        Element last = items.get(items.size() - 1);
        assertTrue(Integer.parseInt(first.attr("data-score")) > Integer.parseInt(last.attr("data-score")));
        assertTrue(page.select("[data-testid=monitor-items] > li").stream()
                .anyMatch(li -> li.text().contains("parking fees") && li.text().contains("denial")));
    }

    @Test
    void aStatementRepeatingOurOwnPublishedFactCheckLinksToOurVerdict() {
        String tag = "ours-" + UUID.randomUUID().toString().substring(0, 8);
        long claimId = new Publishing("Per Lund")
                .publish("Ferry tickets to the islands will cost 30 kroner more from May");
        WatchFixtures.watchedArticle(WatchFixtures.stoppedFeed(tag), "Island Post",
                "\"Ferry tickets to the islands will cost 30 kroner more from May,\" said Per Lund on Tuesday.");

        TestSession session = TestSession.signedIn("monitor", Role.CHECKER);
        Element first = listed(session, "/monitor?tag=" + tag).get(0);
        Element checked = first.selectFirst("[data-testid=checked-before]");
        assertTrue(checked != null, first.html());
        assertEquals("/fact-checks/" + claimId, checked.selectFirst("a").attr("href"));
        assertTrue(first.text().contains("checked before"), first.text());
    }

    @Test
    void filtersByOutletSpeakerAndKind() {
        String tag = "filters-" + UUID.randomUUID().toString().substring(0, 8);
        WatchFixtures.watchedArticle(WatchFixtures.stoppedFeed(tag), "Harbour Times", TEXT);
        TestSession session = TestSession.signedIn("monitor", Role.CHECKER);

        assertEquals(0, listed(session, "/monitor?tag=" + tag + "&outlet=Other%20Gazette").size());
        List<Element> byNordmann = listed(session, "/monitor?tag=" + tag + "&speaker=nordmann");
        assertEquals(1, byNordmann.size());
        assertTrue(byNordmann.get(0).text().contains("festival"));
        List<Element> denials = listed(session, "/monitor?tag=" + tag + "&kind=denial&outlet=harbour%20times");
        assertEquals(1, denials.size());
        assertTrue(denials.get(0).text().contains("parking fees"));
        session.get("/monitor?kind=rumour").then().statusCode(400)
                .body(containsString("data-testid=\"error-kind\""));
    }

    @Test
    void statementsAreAcceptedAndDismissedInBulkThroughTheCandidateDecisions() {
        String tag = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        long article = WatchFixtures.watchedArticle(WatchFixtures.stoppedFeed(tag), "Harbour Times", TEXT).id;
        TestSession session = TestSession.signedIn("monitor", Role.CHECKER);
        List<Candidate> found = candidates(article);
        Candidate festival = found.stream().filter(c -> c.content.contains("festival")).findFirst().orElseThrow();
        Candidate tunnel = found.stream().filter(c -> c.content.contains("tunnel")).findFirst().orElseThrow();
        Candidate fees = found.stream().filter(c -> c.content.contains("parking")).findFirst().orElseThrow();

        session.post("/monitor/decide", Map.of("action", "dismiss", "tag", tag,
                "pick", List.of(festival.id + ":" + festival.version, fees.id + ":" + (fees.version + 7))))
                .then().statusCode(303)
                .header("Location", containsString("/monitor?tag=" + tag));
        session.post("/monitor/decide", Map.of("action", "accept", "pick", List.of(tunnel.id + ":" + tunnel.version)))
                .then().statusCode(303);

        List<Candidate> after = candidates(article);
        assertEquals(CandidateStatus.DISMISSED, status(after, festival.id));
        assertEquals(CandidateStatus.OPEN, status(after, fees.id), "seen at another version: left as it was");
        assertEquals(CandidateStatus.ACCEPTED, status(after, tunnel.id));
        session.post("/monitor/decide", Map.of("action", "accept")).then().statusCode(400)
                .body(containsString("data-testid=\"error-statements\""));
    }

    @Test
    void whatIsNewIsNewToEachReaderUntilTheyClearTheList() {
        String tag = "new-" + UUID.randomUUID().toString().substring(0, 8);
        Watch watch = WatchFixtures.stoppedFeed(tag);
        TestSession reader = TestSession.signedIn("monitor", Role.CHECKER);
        TestSession other = TestSession.signedIn("monitor", Role.EDITOR);
        WatchFixtures.watchedArticle(watch, "Harbour Times", TEXT);
        assertTrue(listed(reader, "/monitor?tag=" + tag).size() >= 3);

        reader.post("/monitor/seen", Map.of("until", java.time.Instant.now().toString())).then().statusCode(303);
        assertEquals(0, listed(reader, "/monitor?tag=" + tag).size());
        assertEquals("0", Jsoup.parse(reader.get("/inbox").then().statusCode(200).extract().asString())
                .selectFirst("[data-testid=monitor-count]").text());
        assertTrue(listed(other, "/monitor?tag=" + tag).size() >= 3, "another reader has not looked yet");
        assertTrue(listed(reader, "/monitor?all=1&tag=" + tag).size() >= 3, "everything still open");

        long article = WatchFixtures.watchedArticle(watch, "Harbour Times", TEXT).id;
        long open = candidates(article).size();
        String count = Jsoup.parse(reader.get("/inbox").then().statusCode(200).extract().asString())
                .selectFirst("[data-testid=monitor-count]").text();
        assertEquals(String.valueOf(open), count);
        assertTrue(Jsoup.parse(reader.get("/inbox").asString()).selectFirst("[data-testid=inbox-monitor]").text()
                .contains(open + " statements"));
    }

    private static List<Element> listed(TestSession session, String address) {
        String page = session.request().urlEncodingEnabled(false).get(address).then().statusCode(200).extract()
                .asString();
        return Jsoup.parse(page)
                .select("[data-testid=monitor-items] > li");
    }

    private static List<Candidate> candidates(long articleId) {
        return QuarkusTransaction.requiringNew().call(
                () -> Candidate.<Candidate>list("article.id = ?1 order by start", articleId));
    }

    private static CandidateStatus status(List<Candidate> candidates, long id) {
        return candidates.stream().filter(c -> c.id == id).findFirst().orElseThrow().status;
    }
}
