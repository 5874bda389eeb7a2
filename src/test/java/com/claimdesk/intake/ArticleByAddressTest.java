package com.claimdesk.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.articles.ArticleArchive;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.fetch.TestSite;
import com.claimdesk.sources.SourceArchive;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Add an article by its web address alone, on the page and through the API, against a local site. */
@QuarkusTest
class ArticleByAddressTest {

    static TestSite site;

    @BeforeAll
    static void startSite() {
        site = TestSite.start();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    /** A news page with everything around the story that is not the story. */
    static String newsPage(String marker, String canonical) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Mayor promises pier by May | Harbour Herald</title>
                <meta property="og:site_name" content="Harbour Herald">
                <meta name="author" content="Jane Byline">
                <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
                <link rel="canonical" href="%s">
                </head><body>
                <header><nav class="menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
                <main><article>
                <h1>Mayor promises pier by May</h1>
                <p>The mayor said on Tuesday that the pier would reopen by May, three years after the storm. %s</p>
                <p>"We have the money and the builders," she told the council, adding that fees would not rise.</p>
                <p>The opposition leader said the repairs had cost twice the first estimate of 4 million euros.</p>
                <div class="share-buttons">Share on Facebook Share on X</div>
                </article>
                <aside class="related"><h2>Related</h2><ul><li><a href="/a">Beach closed again</a></li></ul></aside>
                <section class="comments"><h2>Leave a Reply</h2><p>Be the first to comment</p></section>
                </main>
                <footer>© Harbour Herald · Subscribe to our newsletter</footer>
                </body></html>""".formatted(canonical, marker);
    }

    @Test
    void aPageGivenByAddressBecomesAnArticleWithItsTextAndMetadata() {
        String marker = UUID.randomUUID().toString();
        String path = "/news/pier-" + marker;
        site.html(path, newsPage(marker, "https://harbour.example/news/pier-" + marker));
        TestSession session = TestSession.signedIn("byaddress", Role.CHECKER);

        String location = session.postMultipart("/articles", Map.of("url", site.url(path)))
                .then().statusCode(303).extract().header("Location");

        long id = Long.parseLong(location.replaceAll(".*/articles/(\\d+).*", "$1"));
        Article article = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
        assertEquals("Mayor promises pier by May", article.headline);
        assertEquals("Harbour Herald", article.outlet);
        assertEquals("Jane Byline", article.author);
        assertEquals("2024-03-05", String.valueOf(article.publishedOn));
        assertEquals("https://harbour.example/news/pier-" + marker, article.canonicalUrl);
        assertTrue(article.text.contains("three years after the storm. " + marker), article.text);
        assertTrue(article.text.contains("twice the first estimate"), article.text);
        for (String furniture : new String[] {"Politics", "Share on Facebook", "Beach closed again", "Leave a Reply",
                "Be the first to comment", "newsletter"}) {
            assertFalse(article.text.contains(furniture), furniture + " left in: " + article.text);
        }
        session.get("/articles/" + id).then().statusCode(200)
                .body(containsString("data-testid=\"article-archive\""))
                .body(containsString(site.url(path)));
    }

    @Test
    void theFetchedPageIsKeptAsTheArticlesArchivedCopy() {
        String marker = UUID.randomUUID().toString();
        String path = "/news/archive-" + marker;
        String html = newsPage(marker, "https://harbour.example/news/archive-" + marker);
        site.html(path, html);
        TestSession session = TestSession.signedIn("byaddress", Role.CHECKER);

        String location = session.postMultipart("/articles", Map.of("url", site.url(path)))
                .then().statusCode(303).extract().header("Location");

        long id = Long.parseLong(location.replaceAll(".*/articles/(\\d+).*", "$1"));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        String sha256 = SourceArchive.sha256(bytes);
        byte[] downloaded = session.request().get("/articles/" + id + "/archive").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Archive-SHA256", sha256)
                .extract().asByteArray();
        assertArrayEquals(bytes, downloaded);
        session.get("/articles/" + id).then().body(containsString(sha256));
        ArticleArchive archive = QuarkusTransaction.requiringNew().call(() -> ArticleArchive.findById(id));
        assertTrue(archive.intact());
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and entityId = ?2", "article.fetched", id)));
    }

    @Test
    void theApiTakesAnAddressWithoutText() {
        String marker = UUID.randomUUID().toString();
        String path = "/news/api-" + marker;
        site.html(path, newsPage(marker, "https://harbour.example/news/api-" + marker));
        String checker = TestSession.newAccount("byaddress", Role.CHECKER);

        TestSession.api(checker).body(Map.of("url", site.url(path))).post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Mayor promises pier by May"))
                .body("outlet", equalTo("Harbour Herald"))
                .body("author", equalTo("Jane Byline"))
                .body("publishedAt", equalTo("2024-03-05"))
                .body("url", equalTo("https://harbour.example/news/api-" + marker))
                .body("text", containsString(marker))
                .body("text", not(containsString("Leave a Reply")));

        TestSession.api(checker).body(Map.of("url", site.url(path))).post("/api/articles")
                .then().statusCode(409)
                .body("fields.url", containsString("already in ClaimDesk"));
    }

    @Test
    void whatThePersonTypesWinsOverThePagesMetadata() {
        String marker = UUID.randomUUID().toString();
        String path = "/news/typed-" + marker;
        site.html(path, newsPage(marker, "https://harbour.example/news/typed-" + marker));
        String checker = TestSession.newAccount("byaddress", Role.CHECKER);

        TestSession.api(checker).body(Map.of("url", site.url(path), "title", "Our own headline",
                "outlet", "Wire copy")).post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Our own headline"))
                .body("outlet", equalTo("Wire copy"))
                .body("author", equalTo("Jane Byline"));
    }

    @Test
    void aRedirectChainEndsAtTheArticle() {
        String marker = UUID.randomUUID().toString();
        site.redirect("/short-" + marker, "/go-" + marker);
        site.redirect("/go-" + marker, site.url("/story-" + marker));
        site.html("/story-" + marker, newsPage(marker, "")); // no canonical link: the final address stands
        String checker = TestSession.newAccount("byaddress", Role.CHECKER);

        TestSession.api(checker).body(Map.of("url", site.url("/short-" + marker))).post("/api/articles")
                .then().statusCode(201)
                .body("url", equalTo(site.url("/story-" + marker)))
                .body("text", containsString(marker));
    }

    @Test
    void aPageInIso88591IsReadInItsCharset() {
        String marker = UUID.randomUUID().toString();
        String path = "/latin-" + marker;
        String html = "<html><head><title>Le maire</title></head><body><article><h1>Le maire promet la jetée</h1>"
                + "<p>Le maire a déclaré mardi que la jetée rouvrirait en mai, trois ans après la tempête. " + marker
                + "</p><p>« Nous avons l'argent et les ouvriers », a-t-elle dit au conseil municipal réuni.</p>"
                + "</article></body></html>";
        site.page(path, "text/html; charset=ISO-8859-1", html.getBytes(StandardCharsets.ISO_8859_1));
        String checker = TestSession.newAccount("byaddress", Role.CHECKER);

        TestSession.api(checker).body(Map.of("url", site.url(path))).post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Le maire promet la jetée"))
                .body("text", containsString("a déclaré mardi que la jetée rouvrirait en mai, trois ans après"))
                .body("text", containsString("« Nous avons l'argent"));
    }

    @Test
    void aSixMegabytePageIsRefusedBesideTheFieldAndNothingIsSaved() {
        String path = "/huge-" + UUID.randomUUID();
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        site.page(path, "text/html", big);
        TestSession session = TestSession.signedIn("byaddress", Role.CHECKER);
        long before = QuarkusTransaction.requiringNew().call(() -> Article.count());

        session.postMultipart("/articles", Map.of("url", site.url(path)))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-url\""))
                .body(containsString("larger than 5 MB"))
                .body(containsString("value=\"" + site.url(path) + "\""));

        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Article.count()));
    }

    @Test
    void aPdfGivenByAddressBecomesAnArticle() throws IOException {
        String marker = UUID.randomUUID().toString();
        String path = "/release-" + marker + ".pdf";
        byte[] pdf = pdfOf("Press release: the port authority says traffic grew 12 percent. " + marker);
        site.page(path, "application/pdf", pdf);
        String checker = TestSession.newAccount("byaddress", Role.CHECKER);

        int id = TestSession.api(checker).body(Map.of("url", site.url(path))).post("/api/articles")
                .then().statusCode(201)
                .body("text", containsString("traffic grew 12 percent. " + marker))
                .body("title", containsString("Press release"))
                .extract().path("id");

        ArticleArchive archive = QuarkusTransaction.requiringNew().call(() -> ArticleArchive.findById((long) id));
        assertArrayEquals(pdf, archive.content);
        assertEquals("application/pdf", archive.mediaType);
    }

    @Test
    void theSamePageUnderAnotherAddressIsADuplicateByItsCanonicalAddress() {
        String marker = UUID.randomUUID().toString();
        String canonical = "https://harbour.example/news/same-" + marker;
        site.html("/one-" + marker, newsPage(marker, canonical));
        // The same story under a tracking address, with a changed line: only the canonical link says it is the same.
        site.html("/two-" + marker, newsPage(marker + " (updated)", canonical));
        TestSession session = TestSession.signedIn("byaddress", Role.CHECKER);
        session.postMultipart("/articles", Map.of("url", site.url("/one-" + marker))).then().statusCode(303);
        long before = QuarkusTransaction.requiringNew().call(() -> Article.count());

        session.postMultipart("/articles", Map.of("url", site.url("/two-" + marker)))
                .then().statusCode(400)
                .body(containsString("data-testid=\"duplicate\""))
                .body(containsString("This page is already in ClaimDesk"));

        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Article.count()));
    }

    @Test
    void theSameTextUnderAnotherCanonicalAddressIsADuplicateByItsText() {
        String marker = UUID.randomUUID().toString();
        site.html("/first-" + marker, newsPage(marker, "https://harbour.example/a-" + marker));
        site.html("/second-" + marker, newsPage(marker, "https://syndicated.example/b-" + marker));
        String checker = TestSession.newAccount("byaddress", Role.CHECKER);
        TestSession.api(checker).body(Map.of("url", site.url("/first-" + marker))).post("/api/articles")
                .then().statusCode(201);

        TestSession.api(checker).body(Map.of("url", site.url("/second-" + marker))).post("/api/articles")
                .then().statusCode(409)
                .body("message", containsString("This text is already in ClaimDesk"));
    }

    @Test
    void anAddressInTheNewsroomsNetworkIsRefusedBesideTheFieldAndAudited() {
        TestSession session = TestSession.signedIn("byaddress", Role.CHECKER);
        String address = "http://169.254.169.254/latest/meta-data/" + UUID.randomUUID();
        long before = QuarkusTransaction.requiringNew().call(() -> Article.count());

        Response response = session.postMultipart("/articles", Map.of("url", address));

        response.then().statusCode(400)
                .body(containsString("data-testid=\"error-url\""))
                .body(containsString("newsroom&#39;s own network"));
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Article.count()));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and actor = ?2", "fetch.refused", session.username)));
    }

    @Test
    void anAddressThatIsNoWebAddressIsRefusedBesideTheField() {
        TestSession session = TestSession.signedIn("byaddress", Role.CHECKER);

        session.postMultipart("/articles", Map.of("url", "ftp://files.example.org/story.txt"))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-url\""))
                .body(containsString("http:// or https://"));
    }

    /** A one-page PDF with this line of text. */
    static byte[] pdfOf(String line) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 700);
                content.showText(line);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
