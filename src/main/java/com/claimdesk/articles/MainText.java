package com.claimdesk.articles;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story's own paragraphs on a web page, one per line pair, without navigation, share buttons, related links,
 * advertising or the comment section. Rules on jsoup in the manner of Readability: paragraphs vote for the
 * element that holds them, long and comma-rich paragraphs more, link lists less; the winner and the siblings
 * that hold story paragraphs too are the story. Measured on saved pages by {@code MainTextBenchmarkTest}.
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
                    + "|noprint|disclaimer|outbrain|taboola|recirculation|most-popular|trending|pagination)"
                    + "($|[\\s_-])");

    /** Class or id words of the element that holds a story. */
    private static final Pattern STORY = Pattern.compile(
            "(?i)(article|story|entry|post|content|body|text|main|news|release|blog)");

    /** Headings that start a comment section; everything after them is readers' talk, not the story. */
    private static final Pattern COMMENT_HEADING = Pattern.compile(
            "(?i)^(leave a (reply|comment)|\\d+ (comments?|responses?|replies)|comments?|responses?"
                    + "|be the first to comment|join the discussion|what do you think)\\W*$");

    private static final String PARAGRAPHS = "p, pre, blockquote, td";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt";

    private MainText() {
    }

    static String of(Document page, String headline) {
        Element body = page.body();
        body.select(NOISE_TAGS).remove();
        for (Element header : body.select("header")) {
            if (header.closest("article, main, [itemprop=articleBody]") == null) {
                header.remove();
            }
        }
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
            if (COMMENT_HEADING.matcher(text).matches()) {
                break;
            }
            if (text.isEmpty() || WebLeftovers.isLeftover(text)) {
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

    /** The element holding the story, by the votes of the paragraphs in it. */
    private static Element story(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && marked.text().length() > 200) {
            return marked;
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : body.select(PARAGRAPHS)) {
            String text = paragraph.text();
            if (text.length() < 25 || paragraph.select(PARAGRAPHS).size() > 1) {
                continue;
            }
            double vote = 1 + text.split("[,،，]", -1).length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = paragraph.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                scores.merge(parent, vote / (level == 0 ? 1 : level * 2), Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * weight(entry.getKey()) * (1 - linkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            Element main = body.selectFirst("article, main, [role=main]");
            return main != null ? main : body;
        }
        // A story split over several sibling elements (text, a quote box, more text) is taken whole.
        Element parent = best.parent();
        if (parent != null && best != body) {
            int strongSiblings = 0;
            for (Element sibling : parent.children()) {
                if (sibling != best && scores.getOrDefault(sibling, 0.0) >= Math.max(10, bestScore * 0.25)) {
                    strongSiblings++;
                }
            }
            if (strongSiblings > 0) {
                return parent;
            }
        }
        return best;
    }

    /** Names that say "story" count for an element, names that say "furniture" against it. */
    private static double weight(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        double weight = 1;
        if (element.is("article, main, [role=main]") || STORY.matcher(names).find()) {
            weight += 0.25;
        }
        if (FURNITURE.matcher(names).find()) {
            weight -= 0.5;
        }
        return weight;
    }

    /** Furniture inside the story (share bar, related box, comments) goes; the story itself stays. */
    private static void dropFurniture(Element story) {
        for (Element element : story.select("[class], [id]")) {
            if (element == story || element.parent() == null) {
                continue;
            }
            String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
            if (FURNITURE.matcher(names).find() && !holdsMostOf(element, story)) {
                element.remove();
            }
        }
    }

    /** Guards against a story wrapped in an element with an unlucky name ("content share-enabled"). */
    private static boolean holdsMostOf(Element element, Element story) {
        return element.text().length() > 0.6 * story.text().length();
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
