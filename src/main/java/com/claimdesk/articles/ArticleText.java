package com.claimdesk.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

import com.claimdesk.web.FormErrors;

/**
 * Clean article text from a web page: the story without navigation, scripts, share buttons or the comment
 * section, one paragraph per line.
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
     * What a page's markup says about the article ({@code <meta>}, Open Graph); each may be null.
     *
     * @param publishedAt as the page gives it (ISO 8601 as a rule)
     */
    public record Metadata(String outlet, String author, String publishedAt, String canonicalUrl, String language) {
        public static final Metadata NONE = new Metadata(null, null, null, null, null);
    }

    private static final String NOISE_TAGS = "script, style, noscript, template, iframe, svg, nav, header, footer, "
            + "aside, form, button, input, select, textarea, figure figcaption, [hidden], [aria-hidden=true]";

    /** Class or id words of page furniture, matched as whole words: "comment-list" yes, "commentary" no. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[\\s_-])(comments?|respond|reply|replies|share|sharing|social|newsletter|related|sidebar|cookie"
                    + "|consent|breadcrumbs?|advert|ads|promo|subscribe|signup|menu|navbar|footer|byline-share)"
                    + "($|[\\s_-])");

    /** Headings that start a comment section; everything after them is readers' talk, not the story. */
    private static final Pattern COMMENT_HEADING = Pattern.compile(
            "(?i)^(leave a (reply|comment)|\\d+ comments?|comments?|be the first to comment|join the discussion)\\W*$");

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt";

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
        String headline = headline(page);
        Metadata metadata = metadata(page);
        Element body = storyRoot(page);
        body.select(NOISE_TAGS).remove();
        for (Element element : body.select("[class], [id]")) {
            String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
            if (FURNITURE.matcher(names).find() && element.parent() != null) {
                element.remove();
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : body.select(BLOCKS)) {
            if (!block.select(BLOCKS).stream().skip(1).findAny().isEmpty()) {
                continue; // a container of other blocks: its children are taken one by one
            }
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (COMMENT_HEADING.matcher(text).matches()) {
                break;
            }
            if (paragraphs.isEmpty() && text.equals(headline)) {
                continue;
            }
            paragraphs.add(text);
        }
        if (paragraphs.isEmpty()) {
            String whole = body.text().strip();
            if (!whole.isEmpty()) {
                paragraphs.add(whole);
            }
        }
        return new Page(headline, String.join("\n\n", paragraphs), metadata);
    }

    private static Metadata metadata(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        return new Metadata(meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=author]"),
                meta(page, "meta[property=article:published_time]"),
                canonical != null ? canonical.attr("href").strip() : meta(page, "meta[property=og:url]"),
                page.selectFirst("html[lang]") != null ? page.selectFirst("html[lang]").attr("lang").strip() : null);
    }

    private static String meta(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null || element.attr("content").isBlank() ? null : element.attr("content").strip();
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

    private static String headline(Document page) {
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        return page.title().strip();
    }

    /** The element holding the story: the article or main element when the page marks one. */
    private static Element storyRoot(Document page) {
        Element article = page.selectFirst("article");
        if (article != null && article.text().length() > 200) {
            return article;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }
}
