package com.claimdesk.articles;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

import com.claimdesk.web.FormErrors;

/**
 * A web page read as an article: its headline, its main text ({@link MainText}: the story without navigation,
 * scripts, share buttons or the comment section, one paragraph per line pair) and what the page says about
 * itself ({@link PageMetadata}).
 */
public final class ArticleText {

    /** What a page is, once cleaned: its headline (may be empty), its text and what it says about itself. */
    public record Page(String headline, String text, Metadata metadata) {

        /** A page read from plain text: nothing but the text. */
        public static Page plain(String text) {
            return new Page("", text, Metadata.NONE);
        }
    }

    /**
     * What a page's markup says about the article (JSON-LD, Open Graph, {@code <meta>}); each may be null.
     *
     * @param outlet      the publisher's or site's name
     * @param author      the author's name, several joined by ", "
     * @param publishedAt as the page gives it (ISO 8601 as a rule)
     */
    public record Metadata(String outlet, String author, String publishedAt, String canonicalUrl, String language) {
        public static final Metadata NONE = new Metadata(null, null, null, null, null);
    }

    /**
     * Elements inside elements, at most. Real pages stay under 40; cleaning looks at each block's contents, so
     * its work grows with the square of the depth (40,000 nested quotes took 50 s), and deeper pages are refused.
     */
    public static final int MAX_DEPTH = 100;

    private ArticleText() {
    }

    /** The page cleaned, or null with a message on {@code field} when its markup is nested too deep to read. */
    public static Page fromHtml(String html, String field, FormErrors errors) {
        Document page = Jsoup.parse(html);
        if (tooDeep(page)) {
            errors.add(field, "The page's markup is nested more than " + MAX_DEPTH + " levels deep, which no "
                    + "article needs. Save the article as plain text and upload it as a .txt file.");
            return null;
        }
        // Metadata first: finding the main text removes the rest of the page.
        Metadata metadata = PageMetadata.of(page);
        String headline = headline(page);
        return new Page(headline, MainText.of(page.body(), headline), metadata);
    }

    private static boolean tooDeep(Document page) {
        boolean[] deep = {false};
        page.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deep[0] = depth > MAX_DEPTH;
                return deep[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return deep[0];
    }

    /** The story's own heading where the page marks one, else the headline its metadata gives, else the title. */
    private static String headline(Document page) {
        Element h1 = page.selectFirst("article h1, main h1, [itemprop=headline], h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String declared = PageMetadata.headline(page);
        return declared != null ? declared : page.title().strip();
    }
}
