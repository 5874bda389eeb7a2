package com.claimdesk.articles;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The story's own paragraphs on a web page, one per line pair, without navigation, share buttons, related links,
 * advertising or the comment section. Rules on jsoup in the manner of Readability: the page's furniture is set
 * aside by its tags and names, then the story is the element whose paragraphs outweigh everything else in it
 * (menus, captions, link lists); inside it, blocks that are links, datelines or leftovers go, and a comment or
 * sources heading ends the story. Measured on the pages of {@code MainTextBenchmarkTest}.
 */
final class MainText {

    private static final String NOISE_TAGS = "script, style, noscript, template, iframe, svg, nav, footer, aside, "
            + "form, button, input, select, textarea, dialog, figure figcaption, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=search]";

    /** Class or id words of page furniture, matched as whole words: "comment-list" yes, "commentary" no. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[\\s_-])(comments?|respond|reply|replies|share|sharing|sharebar|social|newsletter|related|sidebar"
                    + "|cookie|consent|breadcrumbs?|advert|advertisement|ads?|promo|subscribe|signup|menu|navbar"
                    + "|footer|masthead|popup|modal|tags|tag-list|toolbar|printfooter|catlinks|mw-jump-link"
                    + "|noprint|disclaimer|outbrain|taboola|recirculation|most-popular|trending|pagination|rail"
                    + "|widget|widget-area|banner|byline|kicker|caption)"
                    + "($|[\\s_-])");

    /** Names that may hold the story even when they also carry a furniture word ("article-body share-on"). */
    private static final Pattern STORY = Pattern.compile("(article|story|entry|body|content|main|text|post)");

    /** Headings after which the page talks about the story instead of telling it: comments, sources, more. */
    private static final Pattern STORY_END = Pattern.compile(
            "(?i)^(leave a (reply|comment)|\\d+ (comments?|responses?|replies)|comments?|responses?"
                    + "|be the first to comment|join the (discussion|conversation)|what do you think"
                    + "|sources?|references|external links|see also|related( news| articles| stories| posts)?"
                    + "|more on this story|more from .{1,40}|most (popular|read)|recommended( for you)?"
                    + "|you (may|might) also like|read more|about the author)\\W*$");

    /** A line that only dates or signs the story: "2019-02-13", "Published March 5, 2019 | Jane Doe". */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)(\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}"
                    + "|\\b\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{4})");
    private static final Pattern BYLINE = Pattern.compile("(?i)^by [\\p{L} .,'-]{2,80}$");

    private static final String PARAGRAPHS = "p, pre, blockquote, td, li";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt";
    private static final String LAYOUT = "div, p, table, tbody, tr, td, ul, ol, li, dl, section, article, main, "
            + "header, h1, h2, h3, h4, h5, h6, blockquote, pre, figure, hr";

    private MainText() {
    }

    static String of(Element body, String headline) {
        body.select(NOISE_TAGS).remove();
        for (Element header : body.select("header")) {
            if (header.closest("article, main, [itemprop=articleBody]") == null) {
                header.remove();
            }
        }
        setAsideFurniture(body);
        paragraphsFromLineBreaks(body);
        for (Element div : body.select("div")) {
            if (div.select("div, " + BLOCKS).size() == 1 && !div.ownText().isBlank()) {
                div.tagName("p"); // text set straight in a div is a paragraph all the same
            }
        }
        Element story = story(body);
        dropFurniture(story);
        List<String> paragraphs = new ArrayList<>();
        for (Element block : story.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // a container of other blocks: its children are taken one by one
            }
            String text = block.text().strip();
            if (STORY_END.matcher(text).matches() && (block.is("h1, h2, h3, h4, h5, h6") || !paragraphs.isEmpty())) {
                break;
            }
            if (text.isEmpty() || WebLeftovers.isLeftover(text) || isDateline(text)) {
                continue;
            }
            if (paragraphs.isEmpty() && text.equals(headline) || isLinkList(block, text)) {
                continue;
            }
            paragraphs.add(text);
        }
        if (paragraphs.isEmpty()) {
            String whole = story.text().strip();
            if (!whole.isEmpty()) {
                paragraphs.add(whole);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * Menus, sidebars, comment sections and the like go before the story is looked for, so that twenty long
     * readers' comments cannot outweigh a short story. An element that holds the story's markers or most of the
     * page stays, whatever its name.
     */
    private static void setAsideFurniture(Element body) {
        int pageLength = body.text().length();
        for (Element element : body.select("[class], [id]")) {
            if (element.parent() == null || element == body) {
                continue;
            }
            String names = names(element);
            if (FURNITURE.matcher(names).find() && !STORY.matcher(names).find()
                    && element.selectFirst("article, main, [itemprop=articleBody]") == null
                    && element.text().length() < pageLength / 2) {
                element.remove();
            }
        }
    }

    /**
     * Text set in lines with {@code <br>} (old table layouts, some press rooms) becomes one paragraph per line, so
     * that its headline, byline and link lines can be told from its story lines.
     */
    private static void paragraphsFromLineBreaks(Element body) {
        List<Element> all = new ArrayList<>(body.getAllElements());
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            if (element.is("p, pre, h1, h2, h3, h4, h5, h6, li, dd, dt") || element.closest("pre") != null
                    || element.children().stream().noneMatch(child -> child.is("br"))) {
                continue;
            }
            List<Node> line = new ArrayList<>();
            for (Node child : new ArrayList<>(element.childNodes())) {
                if (child instanceof Element br && br.is("br")) {
                    wrapAsParagraph(line);
                    line.clear();
                    br.remove();
                } else {
                    line.add(child);
                }
            }
            wrapAsParagraph(line);
        }
    }

    private static void wrapAsParagraph(List<Node> line) {
        boolean hasText = false;
        for (Node node : line) {
            if (node instanceof Element element && element.is(LAYOUT)) {
                return; // already blocks of their own
            }
            hasText |= node instanceof TextNode text ? !text.isBlank() : node instanceof Element;
        }
        if (!hasText) {
            return;
        }
        Element paragraph = new Element("p");
        line.get(0).before(paragraph);
        for (Node node : line) {
            paragraph.appendChild(node);
        }
    }

    /**
     * The element holding the story: the one whose paragraphs (long enough, not links) outweigh the rest of its
     * text the most. A wrapper around one paragraph loses to the element holding them all; the page's column
     * loses to the story for its headline, captions and link lists.
     */
    private static Element story(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && marked.text().length() > 200) {
            return marked;
        }
        Map<Element, Integer> storyText = new IdentityHashMap<>();
        for (Element paragraph : body.select(PARAGRAPHS)) {
            String text = paragraph.text();
            if (text.length() < 25 || paragraph.select(PARAGRAPHS).size() > 1 || linkDensity(paragraph) > 0.33) {
                continue;
            }
            for (Element holder = paragraph.parent(); holder != null; holder = holder.parent()) {
                storyText.merge(holder, text.length(), Integer::sum);
                if (holder == body) {
                    break;
                }
            }
        }
        Element best = null;
        long bestScore = Long.MIN_VALUE;
        for (Map.Entry<Element, Integer> entry : storyText.entrySet()) {
            long score = 2L * entry.getValue() - entry.getKey().text().length();
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            Element main = body.selectFirst("article, main, [role=main]");
            return main != null ? main : body;
        }
        // A short story whose paragraphs each sit in their own wrapper, beside a byline, a caption and a links box,
        // is still taken whole: an element holding clearly more of the story wins while the story outweighs the
        // rest in it.
        for (Element holder = best.parent(); holder != null; holder = holder.parent()) {
            int held = storyText.getOrDefault(holder, 0);
            if (held >= 1.3 * storyText.get(best) && 2L * held > holder.text().length()) {
                best = holder;
            }
            if (holder == body) {
                break;
            }
        }
        return best;
    }

    /** Furniture left inside the story (share bar, related box, comments) goes; the story itself stays. */
    private static void dropFurniture(Element story) {
        int storyLength = story.text().length();
        for (Element element : story.select("[class], [id]")) {
            if (element == story || element.parent() == null) {
                continue;
            }
            if (FURNITURE.matcher(names(element)).find() && element.text().length() < 0.6 * storyLength) {
                element.remove();
            }
        }
    }

    private static String names(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    }

    /** A short line that only dates or signs the story. */
    private static boolean isDateline(String text) {
        if (text.length() > 100 || text.endsWith(".") && !BYLINE.matcher(text).matches()) {
            return false;
        }
        return DATELINE.matcher(text).find() && text.split("\\s+").length < 12 || BYLINE.matcher(text).matches()
                && text.split("\\s+").length <= 8;
    }

    /** A list item or short block that is mostly a link: "Related: …", "Next story", a tag list. */
    private static boolean isLinkList(Element block, String text) {
        double density = linkDensity(block);
        return density > 0.5 && (block.is("li, td, dd, dt") || text.length() < 200) || density > 0.8;
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / length);
    }
}
