package com.claimdesk.sources;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Archived copies: stored with their SHA-256, served as downloads, checked on every view. */
@QuarkusTest
class SourceArchiveTest {

    @Test
    void aPastedCopyIsStoredWithItsHashAndDownloadsUnchanged() throws Exception {
        TestSession session = TestSession.signedIn("arc", Role.CHECKER);
        String text = "Briefing transcript: more than 100,000 troops. ünïcödé " + UUID.randomUUID();
        String location = session.postMultipart("/sources", Map.of("url", "https://example.gov/" + UUID.randomUUID(),
                "title", "Transcript", "type", "PRIMARY_DOCUMENT", "accessedAt", "2022-01-28", "archiveText", text))
                .then().statusCode(303).extract().header("Location");

        String expected = sha256(text.getBytes(StandardCharsets.UTF_8));
        session.get(location).then().statusCode(200)
                .body(containsString("data-testid=\"archive-intact\""))
                .body(containsString(expected));
        byte[] downloaded = session.request().get(location + "/archive").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Archive-SHA256", expected)
                .extract().asByteArray();
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), downloaded);
    }

    @Test
    void anArchivedPageIsReadOnItsSourcePageAsTextNeverAsItsHtml() {
        TestSession session = TestSession.signedIn("arc", Role.CHECKER);
        String marker = UUID.randomUUID().toString();
        String location = session.postMultipart("/sources", Map.of("url", "https://example.gov/" + UUID.randomUUID(),
                "title", "Press page", "type", "PRIMARY_DOCUMENT"))
                .then().statusCode(303).extract().header("Location");
        byte[] page = ("<html><body><article><h1>Briefing</h1><p>Troops <b>withdrawn</b> " + marker + ".</p>"
                + "<script>alert(1)</script><img src=x onerror=alert(2)></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        session.postMultipart(location + "/archive", Map.of(), "archiveFile", "page.html", page, "text/html")
                .then().statusCode(303);
        session.get(location).then().statusCode(200)
                .body(containsString("data-testid=\"archive-text\">Troops withdrawn " + marker + ".</pre>"))
                .body(not(containsString("<b>withdrawn</b>")))
                .body(not(containsString("onerror=alert")))
                .body(not(containsString("<script>alert")));
    }

    @Test
    void aLongCopyIsShownInPartWithTheWayToTheWhole() {
        TestSession session = TestSession.signedIn("arc", Role.CHECKER);
        String text = "<b>pasted</b> " + "x".repeat(ArchiveText.MAX_CHARS + 500);
        String location = session.postMultipart("/sources", Map.of("url", "https://example.gov/" + UUID.randomUUID(),
                "title", "Long transcript", "type", "PRIMARY_DOCUMENT", "archiveText", text))
                .then().statusCode(303).extract().header("Location");
        session.get(location).then().statusCode(200)
                .body(containsString("data-testid=\"archive-text\">&lt;b&gt;pasted&lt;/b&gt; xxx"))
                .body(not(containsString("x".repeat(ArchiveText.MAX_CHARS))))
                .body(containsString("data-testid=\"archive-cut\""))
                .body(containsString("href=\"" + location.replaceFirst("^https?://[^/]+", "") + "/archive\" download"));
    }

    @Test
    void anUploadedFileIsKeptByteForByteAndDamageIsShown() throws Exception {
        TestSession session = TestSession.signedIn("arc", Role.CHECKER);
        byte[] pdf = ("%PDF-1.4 fake " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        String location = session.postMultipart("/sources", Map.of("url", "https://example.gov/" + UUID.randomUUID(),
                "title", "Report", "type", "DATASET"))
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        session.postMultipart(location + "/archive", Map.of(), "archiveFile", "report.pdf", pdf, "application/pdf")
                .then().statusCode(303);
        Source source = Source.findById(id);
        assertEquals(sha256(pdf), source.archiveSha256);
        assertEquals("report.pdf", source.archiveFileName);

        // A copy altered behind ClaimDesk's back no longer matches the hash recorded when it was stored.
        QuarkusTransaction.requiringNew().run(() -> SourceArchive.<SourceArchive>findById(id).content = new byte[] {1});
        session.get(location).then().body(containsString("data-testid=\"archive-damaged\""));
    }

    @Test
    void aKnownAddressOffersTheExistingSource() {
        TestSession session = TestSession.signedIn("arc", Role.CHECKER);
        String url = "https://example.gov/" + UUID.randomUUID();
        session.postMultipart("/sources", Map.of("url", url, "title", "First", "type", "NEWS_REPORT")).then().statusCode(303);
        long before = Source.count();
        session.postMultipart("/sources", Map.of("url", url + "#again", "title", "Second", "type", "NEWS_REPORT"))
                .then().statusCode(409).body(containsString("data-testid=\"existing-source\""));
        assertEquals(before, Source.count());
    }

    @Test
    void aSourceIsEditedThroughItsPlainFormAndASecondEditorSeesTheConflict() {
        TestSession first = TestSession.signedIn("arc", Role.CHECKER);
        TestSession second = TestSession.signedIn("arc", Role.CHECKER);
        String location = first.postMultipart("/sources", Map.of("url", "https://example.gov/" + UUID.randomUUID(),
                "title", "Before", "type", "NEWS_REPORT")).then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/sources/(\\d+).*", "$1"));
        long version = Source.<Source>findById(id).version;

        first.post("/sources/" + id, Map.of("version", version, "url", "https://example.gov/ignored",
                "title", "Zoë's edit", "type", "OFFICIAL_STATEMENT")).then().statusCode(303);
        second.post("/sources/" + id, Map.of("version", version, "url", "https://example.gov/ignored",
                "title", "Second edit", "type", "NEWS_REPORT")).then().statusCode(409)
                .body(containsString("Zoë&#39;s edit"));
        Source saved = QuarkusTransaction.requiringNew().call(() -> Source.<Source>findById(id));
        assertEquals("Zoë's edit", saved.title);
        assertEquals(SourceType.OFFICIAL_STATEMENT, saved.type);
    }

    @Test
    void noArchiveGivesA404() {
        TestSession session = TestSession.signedIn("arc", Role.CHECKER);
        String location = session.postMultipart("/sources", Map.of("url", "https://example.gov/" + UUID.randomUUID(),
                "title", "Bare", "type", "OTHER")).then().statusCode(303).extract().header("Location");
        session.get(location + "/archive").then().statusCode(404);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
