package com.claimdesk.quotes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.sources.Evidence;
import com.claimdesk.sources.Source;
import com.claimdesk.sources.SourceArchive;
import com.claimdesk.sources.SourceType;
import com.claimdesk.sources.Stance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The quote check on the pages: primary sources pasted or uploaded, the check, the stored check, citing it. */
@QuarkusTest
class QuoteCheckPageTest {

    private static final String LINE = QuoteCheckApiTest.LINE;

    @Test
    void aPdfUploadedOnTheClaimPageIsArchivedAsAPrimarySourceAndTheQuoteFoundInIt() {
        TestSession session = TestSession.signedIn("quote-pdf", Role.CHECKER);
        Claim claim = QuoteFixtures.quote("Antony Blinken", LINE);
        byte[] pdf = QuoteFixtures.pdf("SECRETARY BLINKEN: Good afternoon, everyone.",
                "We make clear that there are core principles that we are committed to uphold and defend.");
        String url = "https://example.gov/remarks/" + UUID.randomUUID();

        String location = session.postMultipart("/primary-sources",
                Map.of("claim", String.valueOf(claim.id), "url", url, "title", "Remarks (PDF)"), "file", "remarks.pdf", pdf, "application/pdf")
                .then().statusCode(303).extract().header("Location");
        Source source = QuarkusTransaction.requiringNew().call(() -> Source.findByUrl(url).orElseThrow());
        assertEquals(SourceType.TRANSCRIPT, source.type);
        assertEquals(SourceArchive.sha256(pdf), source.archiveSha256);
        assertTrue(location.endsWith("/claims/" + claim.id + "/quote-check?source=" + source.id), location);

        session.get(location).then().statusCode(200)
                .body(containsString("data-testid=\"suggested-label\">Verbatim<"))
                .body(containsString("data-testid=\"speaker-verdict\">same person<"));
        // The archived PDF reads as text on the source's page.
        session.get("/sources/" + source.id).then().statusCode(200)
                .body(containsString("core principles that we are committed"));
    }

    @Test
    void captionsUploadedAsSrtGiveTheTimeAndALinkIntoTheMedia() {
        TestSession session = TestSession.signedIn("quote-srt", Role.CHECKER);
        Claim claim = QuoteFixtures.quote("Antony Blinken", "the right of states to choose their own security arrangements");
        String srt = """
                1
                00:00:01,000 --> 00:00:04,000
                We make clear that there are core principles

                2
                00:01:05,500 --> 00:01:09,000
                including the right of states to choose their own security arrangements
                """;
        String url = "https://example.gov/captions/" + UUID.randomUUID();
        String location = session.postMultipart("/primary-sources",
                Map.of("claim", String.valueOf(claim.id), "url", url, "title", "Captions", "mediaUrl", "https://video.example.gov/briefing.mp4"), "file",
                "briefing.srt", srt.getBytes(StandardCharsets.UTF_8), "application/x-subrip")
                .then().statusCode(303).extract().header("Location");

        session.get(location).then().statusCode(200)
                .body(containsString("data-testid=\"time\">In the captions at 1:05"))
                .body(containsString("href=\"https://video.example.gov/briefing.mp4#t=65\""));
    }

    @Test
    void aBinaryFileOrNoTextIsRefusedBesideItsFieldAndNothingIsStored() {
        TestSession session = TestSession.signedIn("quote-bin", Role.CHECKER);
        Claim claim = QuoteFixtures.quote("Antony Blinken", LINE);
        long sources = QuarkusTransaction.requiringNew().call(() -> Source.count());
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff, 0};

        session.postMultipart("/primary-sources", Map.of("claim", String.valueOf(claim.id),
                "url", "https://example.gov/" + UUID.randomUUID(), "title", "Photo"), "file", "photo.txt",
                binary, "text/plain").then().statusCode(400)
                .body(containsString("data-testid=\"error-file\">This file is not text"));
        session.postMultipart("/primary-sources", Map.of("url", "https://example.gov/" + UUID.randomUUID(), "title",
                "Nothing")).then().statusCode(400)
                .body(containsString("data-testid=\"error-text\">Paste the transcript"));
        assertEquals(sources, (long) QuarkusTransaction.requiringNew().call(() -> Source.count()));
    }

    @Test
    void theClaimPageShowsTheStoredCheckWithoutReadingTheSourceAgain() {
        TestSession session = TestSession.signedIn("quote-page", Role.CHECKER);
        Claim claim = QuoteFixtures.quote("Antony Blinken",
                "We make clear that there are no core principles that we are committed to uphold and defend");
        Source source = QuoteFixtures.transcript(QuoteFixtures.blinken());

        session.post("/claims/" + claim.id + "/quote-check",
                Map.of("sourceId", source.id, "label", "ALTERED", "note", "Negation added by the outlet"))
                .then().statusCode(303).header("Location", containsString("/claims/" + claim.id + "#quote-checks"));
        // A check shown is stored, not aligned again: with the archived copy gone, the page still shows it.
        QuarkusTransaction.requiringNew().run(() -> SourceArchive.deleteById(source.id));

        session.get("/claims/" + claim.id).then().statusCode(200)
                .body(containsString("data-testid=\"check-label\">Altered<"))
                .body(containsString("<mark>" + LINE + "</mark>"))
                .body(containsString("data-testid=\"negation-flag\""))
                .body(containsString("Negation added by the outlet"))
                .body(containsString("data-testid=\"verdict-quote-checks\""))
                .body(containsString("Quote checked against " + source.title + ": Altered"));
    }

    @Test
    void aStoredCheckIsCitedAsEvidenceWithTheStanceItsLabelSuggests() {
        TestSession session = TestSession.signedIn("quote-cite", Role.CHECKER);
        Claim claim = QuoteFixtures.quote("Antony Blinken",
                "We make clear that there are core principles that we are committed to defend");
        Source source = QuoteFixtures.transcript(QuoteFixtures.blinken());
        session.post("/claims/" + claim.id + "/quote-check", Map.of("sourceId", source.id)).then().statusCode(303);
        QuoteCheck check = QuarkusTransaction.requiringNew().call(() -> QuoteCheck.forClaim(claim.id).get(0));
        assertEquals(QuoteLabel.ALTERED, check.label);

        session.get("/claims/" + claim.id).then()
                .body(containsString("<option value=\"CONTRADICTS\" selected>"));
        session.post("/quote-checks/" + check.id + "/evidence", Map.of()).then().statusCode(303)
                .header("Location", containsString("/claims/" + claim.id + "#evidence"));

        Evidence evidence = QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence>find(
                "from Evidence e join fetch e.source where e.claim.id = ?1", claim.id).singleResult());
        assertEquals(Stance.CONTRADICTS, evidence.stance);
        assertEquals(source.id, evidence.source.id);
        assertTrue(evidence.excerpt.contains("committed to uphold and defend"), evidence.excerpt);
        assertNotNull(QuarkusTransaction.requiringNew().call(
                () -> QuoteCheck.<QuoteCheck>findById(check.id).evidenceId));
        session.get("/claims/" + claim.id).then().body(containsString("data-testid=\"check-cited\""))
                .body(not(containsString("data-testid=\"cite-check\"")));
    }

    @Test
    void theDraftVerdictsFormShowsTheClaimsQuoteChecks() {
        TestSession session = TestSession.signedIn("quote-verdict", Role.CHECKER);
        Claim claim = QuoteFixtures.quote("Antony Blinken", LINE);
        Source source = QuoteFixtures.transcript(QuoteFixtures.blinken());
        session.post("/claims/" + claim.id + "/quote-check", Map.of("sourceId", source.id)).then().statusCode(303);
        QuoteCheck check = QuarkusTransaction.requiringNew().call(() -> QuoteCheck.forClaim(claim.id).get(0));
        session.post("/quote-checks/" + check.id + "/evidence", Map.of()).then().statusCode(303);
        Long evidence = QuarkusTransaction.requiringNew().call(
                () -> QuoteCheck.<QuoteCheck>findById(check.id).evidenceId);
        int verdict = TestSession.api(session.username).body(Map.of("ratingId", 4, "conclusion", "As he said.",
                "explanation", "The transcript has these words.", "evidenceIds", java.util.List.of(evidence)))
                .post("/api/claims/" + claim.id + "/verdicts").then().statusCode(201).extract().path("id");

        session.get("/verdicts/" + verdict).then().statusCode(200)
                .body(containsString("data-testid=\"verdict-quote-checks\">Quote checks: "))
                .body(containsString(">Verbatim</a> against " + source.title + " (cited)"));
    }

    @Test
    void aSpeakerLabelNamingSomeoneElseIsMisattributedUntilTheReviewerSaysSamePerson() {
        TestSession session = TestSession.signedIn("quote-same", Role.CHECKER);
        String text = "THE PRESIDENT: Thank you all for coming.\n\nMR. KIRBY: We will not send troops to fight in "
                + "Ukraine, and that has not changed at all.\n";
        Claim claim = QuoteFixtures.quote("John Smith " + UUID.randomUUID().toString().substring(0, 4),
                "We will not send troops to fight in Ukraine");
        Source source = QuoteFixtures.transcript(text);
        String page = "/claims/" + claim.id + "/quote-check?source=" + source.id;

        session.get(page).then().statusCode(200)
                .body(containsString("data-testid=\"suggested-label\">Misattributed<"))
                .body(containsString("data-testid=\"same-person\""));
        Response same = session.post("/primary-sources/" + source.id + "/same-person",
                Map.of("claim", claim.id, "speaker", "MR. KIRBY"));
        same.then().statusCode(303);
        session.get(page).then().statusCode(200)
                .body(containsString("data-testid=\"suggested-label\">Verbatim<"))
                .body(containsString("data-testid=\"speaker-verdict\">same person, as a reviewer confirmed<"));
    }
}
