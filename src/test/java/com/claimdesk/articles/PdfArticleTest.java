package com.claimdesk.articles;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.documents.PdfTextTest;

import io.quarkus.test.junit.QuarkusTest;

/** Articles from PDF files (press releases, reports), with their page numbers to cite. */
@QuarkusTest
class PdfArticleTest {

    @Test
    void anUploadedPdfBecomesAnArticleThatKnowsItsPages() throws Exception {
        TestSession session = TestSession.signedIn("pdf", Role.CHECKER);
        String unique = "[" + System.nanoTime() + "]";
        byte[] pdf = PdfTextTest.pdfOf("The port authority said the pier will reopen in May. " + unique,
                "Harbour fees will rise by 12 percent in June, the report says.");

        String location = session.postMultipart("/articles", Map.of("title", "Port report " + unique), "file",
                "report.pdf", pdf, "application/pdf").then().statusCode(303).extract().header("Location");

        Article article = Article.findById(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertTrue(article.text.startsWith("The port authority said the pier will reopen in May."), article.text);
        int fees = article.text.indexOf("Harbour fees");
        assertEquals(1, article.pageAt(article.text.indexOf("pier")));
        assertEquals(2, article.pageAt(fees));

        String claim = session.post("/claims", Map.of(
                "statement", "Harbour fees will rise by 12 percent in June",
                "claimReviewed", "Harbour fees will rise by 12 percent in June " + unique,
                "claimant", "Port authority", "claimantType", "ORGANISATION", "kind", "FIGURE",
                "appearance.articleId", article.id, "appearance.start", fees,
                "appearance.end", fees + "Harbour fees will rise by 12 percent in June".length()))
                .then().statusCode(303).extract().header("Location");
        session.get(claim).then().statusCode(200)
                .body(containsString("data-testid=\"appearance-page\">page 2<"));
        session.get("/articles/" + article.id).then().statusCode(200)
                .body(containsString("class=\"page-break\" data-start=\"" + article.text.indexOf('\f')
                        + "\" data-page=\"page 2\""));
    }

    @Test
    void aDamagedPdfIsRefusedBesideTheFileFieldAndNothingIsStored() {
        TestSession session = TestSession.signedIn("pdf", Role.CHECKER);
        long before = Article.count();
        session.postMultipart("/articles", Map.of("title", "Broken"), "file", "broken.pdf",
                "%PDF-1.7 and then nothing a PDF needs".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-file\""))
                .body(containsString("could not be read"));
        assertEquals(before, Article.count());
    }

    @Test
    void pastedTextLosesTheLeftoversOfTheWebPageItCameFrom() {
        TestSession session = TestSession.signedIn("pdf", Role.CHECKER);
        String story = "Blinken said the response was clear. " + System.nanoTime()
                + "\n\nLeave a reply to this, he told reporters.";
        String location = session.postMultipart("/articles", Map.of("title", "Pasted with leftovers", "text",
                "Share this:\n\n" + story + "\n\nBe the first to comment\n\nLeave a Reply\n\n"
                        + "Your email address will not be published.\n\n\n*"))
                .then().statusCode(303).extract().header("Location");

        Article article = Article.findById(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertEquals(story, article.text);
    }
}
