package com.claimdesk.articles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.claimdesk.articles.ArticleText.Metadata;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a page says about its article, from the most deliberate statement to the least: JSON-LD
 * ({@code NewsArticle}, {@code Article} and their kin, as outlets write them for search engines), then Open Graph
 * and {@code article:*} tags, then plain {@code <meta>} and {@code <link>} tags.
 */
final class PageMetadata {

    /** schema.org types that describe the page's own story; a page often carries others (breadcrumbs, the site). */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "blogposting", "socialmediaposting", "report", "scholarlyarticle", "liveblogposting");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

    /** The article's JSON-LD node, and every node of the page by {@code @id}, to follow references. */
    private record LinkedData(JsonNode article, Map<String, JsonNode> byId) {
        static final LinkedData NONE = new LinkedData(null, Map.of());

        String text(String field) {
            return article == null ? null : name(article.get(field));
        }

        /** A person, an organisation or a plain string, perhaps given by reference to another node. */
        String name(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isArray()) {
                return node.isEmpty() ? null : name(node.get(0));
            }
            if (node.isTextual()) {
                return clean(node.asText());
            }
            JsonNode named = node.has("name") || !node.has("@id") ? node : byId.getOrDefault(node.get("@id").asText(), node);
            JsonNode name = named.get("name");
            return name == null ? null : name.isTextual() ? clean(name.asText()) : name(name);
        }

        List<String> names(JsonNode node) {
            List<String> names = new ArrayList<>();
            if (node != null && node.isArray()) {
                node.forEach(each -> names.add(name(each)));
            } else {
                names.add(name(node));
            }
            names.removeIf(name -> name == null);
            return names;
        }
    }

    private PageMetadata() {
    }

    static Metadata of(Document page) {
        LinkedData ld = linkedData(page);
        String outlet = first(ld.article() == null ? null : ld.name(ld.article().get("publisher")),
                meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=application-name]"),
                meta(page, "meta[name=publisher], meta[name=dc.publisher], meta[name=DC.publisher]"));
        String author = first(authors(ld), meta(page, "meta[name=author]"),
                meta(page, "meta[property=article:author]:not([content^=http])"),
                meta(page, "meta[name=dc.creator], meta[name=DC.creator], meta[name=byl]"),
                byline(text(page, "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")));
        String published = first(ld.text("datePublished"), meta(page, "meta[property=article:published_time]"),
                meta(page, "meta[itemprop=datePublished], meta[name=date], meta[name=dc.date], meta[name=DC.date],"
                        + " meta[name=pubdate], meta[name=publish-date], meta[name=sailthru.date]"),
                attr(page, "time[itemprop=datePublished][datetime], article time[datetime]", "datetime"));
        String canonical = first(attr(page, "link[rel=canonical][href]", "href"),
                meta(page, "meta[property=og:url]"), ld.text("url"));
        String language = first(attr(page, "html[lang]", "lang"), ld.text("inLanguage"),
                meta(page, "meta[property=og:locale]"), meta(page, "meta[http-equiv=content-language]"));
        return new Metadata(outlet, author, published, canonical, language);
    }

    /** The headline the page gives its story in metadata, or null. */
    static String headline(Document page) {
        return first(linkedData(page).text("headline"), meta(page, "meta[property=og:title]"),
                meta(page, "meta[name=twitter:title]"));
    }

    /** A name read from the page's own byline, without the "By" before it. */
    private static String byline(String text) {
        return text == null ? null : clean(BY.matcher(text).replaceFirst(""));
    }

    private static String authors(LinkedData ld) {
        if (ld.article() == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>(ld.names(ld.article().get("author")));
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The first node of an article type in the page's JSON-LD blocks (arrays and {@code @graph} included). */
    private static LinkedData linkedData(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // A broken block says nothing; the other tags still do.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            if (node.hasNonNull("@id")) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
        }
        for (JsonNode node : nodes) {
            if (isArticle(node.get("@type"))) {
                return new LinkedData(node, byId);
            }
        }
        return LinkedData.NONE;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(each -> collect(each, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
            collect(node.get("mainEntity"), into);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        return ARTICLE_TYPES.contains(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
    }

    private static String meta(Document page, String selector) {
        return attr(page, selector, "content");
    }

    private static String attr(Document page, String selector, String attribute) {
        for (Element element : page.select(selector)) {
            String value = clean(element.attr(attribute));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : clean(element.text());
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\s+", " ").strip();
        return clean.isEmpty() || clean.length() > 500 ? null : clean;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
