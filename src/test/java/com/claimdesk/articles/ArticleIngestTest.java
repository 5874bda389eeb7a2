package com.claimdesk.articles;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleIngestTest {

    @Test
    void eachSampleArticleCanBeIngestedThroughTheApi() {
        String checker = TestSession.newAccount("ingest", Role.CHECKER);
        for (String file : new String[] {SampleArticles.NATO, SampleArticles.US}) {
            SampleArticles sample = SampleArticles.load(file);
            int id = TestSession.api(checker)
                    .body(Map.of("title", sample.headline(), "url", "https://news.example.org/" + file,
                            "outlet", "Example Newswire", "author", "A. Reporter", "publishedAt", "2022-01-27",
                            "text", sample.text()))
                    .post("/api/articles")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/articles/"))
                    .body("title", equalTo(sample.headline()))
                    .extract().path("id");

            // The second sample was copied with its page's comment form, which pasting leaves out.
            TestSession.api(checker).get("/api/articles/" + id).then().statusCode(200)
                    .body("text", equalTo(WebLeftovers.strip(sample.text()).strip()))
                    .body("text", not(containsString("Leave a Reply")))
                    .body("publishedAt", equalTo("2022-01-27"));
        }
    }

    @Test
    void aPastedArticleGetsItsOwnPageWithTheText() {
        TestSession session = TestSession.signedIn("ingest", Role.CHECKER);
        SampleArticles sample = SampleArticles.load(SampleArticles.NATO);
        String location = session.postMultipart("/articles",
                Map.of("title", sample.headline(), "text", sample.text(), "publishedAt", "2022-01-14"))
                .then().statusCode(303).extract().header("Location");

        session.get(location).then().statusCode(200)
                .body(containsString("request to deny Ukraine entry"))
                .body(containsString("NATO Secretary-General Jens Stoltenberg"));
    }

    @Test
    void anUploadedHtmlPageBecomesCleanText() {
        TestSession session = TestSession.signedIn("ingest", Role.CHECKER);
        String html = "<html><head><title>T</title></head><body><nav>Menu</nav><article><h1>Upload headline "
                + System.nanoTime() + "</h1><p>Lavrov said that talks can begin.</p></article>"
                + "<div class=\"comments\"><h3>Leave a Reply</h3></div></body></html>";
        String location = session.postMultipart("/articles", Map.of(), "file", "story.html",
                html.getBytes(StandardCharsets.UTF_8), "text/html")
                .then().statusCode(303).extract().header("Location");

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Article article = Article.findById(id);
        assertEquals("Lavrov said that talks can begin.", article.text);
        assertEquals(true, article.headline.startsWith("Upload headline"));
    }

    @Test
    void anUploadedPageFillsTheFieldsLeftBlankFromWhatItSaysAboutItself() {
        TestSession session = TestSession.signedIn("ingest", Role.CHECKER);
        String unique = String.valueOf(System.nanoTime());
        String html = "<html lang=\"en\"><head><link rel=\"canonical\" href=\"https://news.example/pier-" + unique + "\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pier " + unique + "\","
                + "\"datePublished\":\"2022-01-27T08:00:00Z\",\"author\":{\"name\":\"Ana Ruiz\"},"
                + "\"publisher\":{\"name\":\"Harbour Gazette\"}}</script>"
                + "<meta property=\"article:modified_time\" content=\"2999-01-01\"></head>"
                + "<body><p>The pier will reopen in May, the council said. " + unique + "</p></body></html>";
        String location = session.postMultipart("/articles", Map.of("author", "Desk editor"), "file", "pier.html",
                html.getBytes(StandardCharsets.UTF_8), "text/html")
                .then().statusCode(303).extract().header("Location");

        Article article = Article.findById(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertEquals("Pier " + unique, article.headline);
        assertEquals("Harbour Gazette", article.outlet);
        assertEquals("Desk editor", article.author, "what the form says wins");
        assertEquals("https://news.example/pier-" + unique, article.url);
        assertEquals(java.time.LocalDate.of(2022, 1, 27), article.publishedOn);
    }

    @Test
    void aTextFileUploadIsKept() {
        TestSession session = TestSession.signedIn("ingest", Role.CHECKER);
        String text = "Peskov told reporters that the Kremlin would take its time. " + System.nanoTime();
        session.postMultipart("/articles", Map.of("title", "From a text file"), "file", "story.txt",
                text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .then().statusCode(303);
        assertEquals(1, Article.count("text", text));
    }

    @Test
    void everyWayInStoresTheSameCanonicalText() {
        String unique = " [" + System.nanoTime() + "]";
        String canonical = "Caf\u00E9 owners met.\n\nThe mayor said 2 000 \uD83C\uDF89 were there.\tEnd." + unique;
        String windows = "Cafe\u0301 owners met.\r\n\r\nThe mayor said 2\u00A0000 \uD83C\uDF89 were there.\tEnd."
                + unique;

        TestSession session = TestSession.signedIn("ingest", Role.CHECKER);
        String location = session.postMultipart("/articles", Map.of("title", "Pasted", "text", windows))
                .then().statusCode(303).extract().header("Location");
        Article pasted = Article.findById(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertEquals(canonical, pasted.text);

        // The same words in another form are the same article, however they come in.
        TestSession.api(session.username).body(Map.of("title", "Again", "text", windows.replace("\r\n", "\r")))
                .post("/api/articles").then().statusCode(409);
        session.postMultipart("/articles", Map.of("title", "Again"), "file", "story.txt",
                ("\uFEFF" + windows).getBytes(StandardCharsets.UTF_8), "text/plain")
                .then().statusCode(400).body(containsString("already in ClaimDesk"));

        String other = canonical.replace("mayor", "deputy mayor");
        int id = TestSession.api(session.username).body(Map.of("title", "Lone CR", "text",
                "\uFEFF" + other.replace("\n", "\r").replace("2 000", "2\u202F000"))).post("/api/articles")
                .then().statusCode(201).extract().path("id");
        TestSession.api(session.username).get("/api/articles/" + id).then().body("text", equalTo(other));
    }

    @Test
    void badInputOnTheFormIsShownBesideEachFieldAndNothingIsStored() {
        TestSession session = TestSession.signedIn("ingest", Role.CHECKER);
        long before = Article.count();
        session.postMultipart("/articles", Map.of("title", "", "url", "javascript:alert(1)",
                "publishedAt", "2999-01-01", "text", ""))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-title\""))
                .body(containsString("data-testid=\"error-url\""))
                .body(containsString("data-testid=\"error-publishedAt\""))
                .body(containsString("data-testid=\"error-text\""));
        assertEquals(before, Article.count());
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        TestSession session = TestSession.signedIn("ingest", Role.CHECKER);
        session.postMultipart("/articles", Map.of("title", "Slides"), "file", "deck.pptx", new byte[] {80, 75, 3, 4},
                "application/vnd.openxmlformats-officedocument.presentationml.presentation")
                .then().statusCode(400).body(containsString("Upload a .txt, .html or .pdf file."));
    }

    @Test
    void twoMegabytesOfTextAreRefusedWithAMessage() {
        String checker = TestSession.newAccount("ingest", Role.CHECKER);
        long before = Article.count();
        TestSession.api(checker)
                .body(Map.of("title", "Huge", "text", "a".repeat(2 * 1024 * 1024)))
                .post("/api/articles")
                .then().statusCode(400)
                .body("fields.text", containsString("up to 1 MB"));
        assertEquals(before, Article.count());
    }

    @Test
    void apiNamesEveryWrongField() {
        String checker = TestSession.newAccount("ingest", Role.CHECKER);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "");
        body.put("url", "ftp://example.org/file");
        body.put("publishedAt", "tomorrow");
        TestSession.api(checker).body(body).post("/api/articles")
                .then().statusCode(400)
                .body("fields", hasKey("title"))
                .body("fields", hasKey("url"))
                .body("fields", hasKey("publishedAt"))
                .body("fields", hasKey("text"));
    }

    @Test
    void malformedJsonIsA400WithAMessage() {
        String checker = TestSession.newAccount("ingest", Role.CHECKER);
        TestSession.api(checker).body("{\"title\": \"unclosed").post("/api/articles")
                .then().statusCode(400).body("message", startsWith("The request body is not valid JSON"));
        TestSession.api(checker).body("{\"title\": [1, 2]}").post("/api/articles")
                .then().statusCode(400).body("fields", hasKey("title"));
    }

    @Test
    void theSameTextTwiceIsRecognised() {
        String checker = TestSession.newAccount("ingest", Role.CHECKER);
        Map<String, String> body = Map.of("title", "Twice", "text", "Said once. " + System.nanoTime());
        int id = TestSession.api(checker).body(body).post("/api/articles").then().statusCode(201)
                .extract().path("id");
        TestSession.api(checker).body(body).post("/api/articles")
                .then().statusCode(409).body("message", containsString("article " + id));
    }

    @Test
    void unknownArticleIsA404() {
        TestSession.signedIn("ingest", Role.CHECKER).get("/articles/987654321").then().statusCode(404);
    }
}
