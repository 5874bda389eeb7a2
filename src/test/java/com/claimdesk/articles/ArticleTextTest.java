package com.claimdesk.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.claimdesk.web.FormErrors;

class ArticleTextTest {

    private static final String PAGE = """
            <html><head><title>Site | NATO rejects request</title>
            <script>var tracking = "Stoltenberg said nothing";</script><style>p { color: red }</style></head>
            <body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <header class="site-header">Daily Example</header>
              <article>
                <h1>NATO rejects Russia's request</h1>
                <div class="share-buttons">Share on Facebook</div>
                <p>On Friday, NATO Secretary-General Jens Stoltenberg rejected Russia's demand.</p>
                <p>Stoltenberg said, "NATO's relationship with Ukraine is going to be decided by the 30 NATO allies
                   and Ukraine -- no one else."</p>
                <blockquote><p>A quoted paragraph.</p></blockquote>
                <aside class="related">Related: other stories</aside>
                <p>This commentary is part of the story.</p>
              </article>
              <section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>
              <footer>© Example</footer>
            </body></html>""";

    @Test
    void keepsTheStoryAndDropsPageFurniture() {
        ArticleText.Page page = clean(PAGE);

        assertEquals("NATO rejects Russia's request", page.headline());
        assertTrue(page.text().startsWith("On Friday, NATO Secretary-General Jens Stoltenberg"), page.text());
        assertTrue(page.text().contains("decided by the 30 NATO allies and Ukraine -- no one else.\""));
        assertTrue(page.text().contains("A quoted paragraph."));
        assertTrue(page.text().contains("This commentary is part of the story."), "commentary is not comments");
        for (String furniture : new String[] {"Home", "tracking", "Share on Facebook", "Related", "Leave a Reply",
                "Your email address", "©", "color: red"}) {
            assertFalse(page.text().contains(furniture), furniture + " should be gone: " + page.text());
        }
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        ArticleText.Page page = clean("<body><p>One.</p><p>Two.</p></body>");
        assertEquals("One.\n\nTwo.", page.text());
    }

    @Test
    void stopsAtACommentSectionThatIsNotMarkedUp() {
        ArticleText.Page page = clean(
                "<body><h1>H</h1><p>Story.</p><h2>Leave a Reply</h2><p>Reader: I disagree.</p></body>");
        assertEquals("Story.", page.text());
    }

    @Test
    void headlineFallsBackToTheTitle() {
        assertEquals("Only a title", clean("<title>Only a title</title><p>x</p>").headline());
    }

    @Test
    void textWithoutParagraphsIsKept() {
        assertEquals("Just text in the body", clean("<body>Just text in the body</body>").text());
    }

    @Test
    void aPageNestedDeeperThanAnyArticleIsRefusedWithAMessage() {
        String deep = "<body>" + "<blockquote>".repeat(40_000) + "Quoted." + "</blockquote>".repeat(40_000) + "</body>";
        FormErrors errors = FormErrors.none();

        assertEquals(null, ArticleText.fromHtml(deep, "file", errors));
        assertTrue(errors.get("file").contains("nested more than 100 levels deep"), errors.get("file"));
    }

    @Test
    void aPageNestedAsDeepAsAllowedIsRead() {
        String nested = "<body>" + "<div>".repeat(ArticleText.MAX_DEPTH - 5) + "<p>Deep but fine.</p>"
                + "</div>".repeat(ArticleText.MAX_DEPTH - 5) + "</body>";
        assertEquals("Deep but fine.", clean(nested).text());
    }

    private static ArticleText.Page clean(String html) {
        return ArticleText.fromHtml(html, "file", FormErrors.none());
    }

    @Test
    void readsWhatThePageSaysAboutItself() {
        ArticleText.Page page = clean("<html lang=\"en-GB\"><head><link rel=\"canonical\" href=\"https://news.example/a\">"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\"><meta name=\"author\" content=\"Ana Ruiz\">"
                + "<meta property=\"article:published_time\" content=\"2026-05-01T08:00:00Z\"></head>"
                + "<body><p>The pier will reopen in May.</p></body></html>");
        assertEquals(new ArticleText.Metadata("Harbour Gazette", "Ana Ruiz", "2026-05-01T08:00:00Z",
                "https://news.example/a", "en-GB"), page.metadata());
    }

    @Test
    void readsTheArticleFromJsonLdBeforeOtherTags() {
        ArticleText.Page page = clean("""
                <html><head><meta property="og:site_name" content="HG"><meta name="author" content="Desk">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"https://news.example/#site","name":"Harbour Gazette site"},
                  {"@type":"Organization","@id":"https://news.example/#org","name":"Harbour Gazette"},
                  {"@type":["NewsArticle"],"headline":"Pier to reopen in May","datePublished":"2026-05-01T08:00:00Z",
                   "url":"https://news.example/pier","inLanguage":"en",
                   "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Baker"}],
                   "publisher":{"@id":"https://news.example/#org"}}]}
                </script></head><body><p>The pier will reopen in May.</p></body></html>""");

        assertEquals(new ArticleText.Metadata("Harbour Gazette", "Ana Ruiz, Tom Baker", "2026-05-01T08:00:00Z",
                "https://news.example/pier", "en"), page.metadata());
        assertEquals("Pier to reopen in May", page.headline());
    }

    @Test
    void aBrokenJsonLdBlockLeavesTheOtherTagsToSpeak() {
        ArticleText.Page page = clean("<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",</script>"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\"><meta property=\"og:title\" content=\"Pier\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"BreadcrumbList\",\"name\":\"Home\"}</script>"
                + "</head><body><p>The pier will reopen.</p></body>");

        assertEquals("Harbour Gazette", page.metadata().outlet());
        assertEquals(null, page.metadata().author());
        assertEquals("Pier", page.headline());
    }

    @Test
    void theStoryIsWhereItsParagraphsAreNotWhereTheLinksAre() {
        String links = "<li><a href=\"/a\">Another story about the harbour and its many boats</a></li>".repeat(12);
        String story = "<p>The council voted, after a long debate, to reopen the pier in May, the mayor said.</p>"
                .repeat(6);
        ArticleText.Page page = clean("<body><div class=\"col\"><ul>" + links + "</ul></div>"
                + "<div class=\"col\"><h1>Pier</h1>" + story + "<div class=\"share-tools\">Share</div></div>"
                + "<div class=\"col\"><p>Popular: <a href=\"/b\">Cat rescued from the harbour by the crew</a></p></div>"
                + "</body>");

        assertTrue(page.text().startsWith("The council voted"), page.text());
        assertFalse(page.text().contains("Another story"), page.text());
        assertFalse(page.text().contains("Cat rescued"), page.text());
        assertFalse(page.text().contains("Share"), page.text());
    }

    @Test
    void textSetStraightInADivIsAParagraph() {
        ArticleText.Page page = clean("<body><div>First paragraph of the release.</div>"
                + "<div>Second paragraph of the release.</div></body>");
        assertEquals("First paragraph of the release.\n\nSecond paragraph of the release.", page.text());
    }

    @Test
    void anAuthorFoundOnlyInTheBylineLosesItsBy() {
        ArticleText.Page page = clean("<body><article><h1>Pier</h1><p class=\"byline\"><a rel=\"author\" href=\"/ana\">"
                + "By Ana Ruiz</a></p><p>The pier will reopen in May, the council said on Friday.</p></article></body>");
        assertEquals("Ana Ruiz", page.metadata().author());
        assertEquals("The pier will reopen in May, the council said on Friday.", page.text());
    }
}
