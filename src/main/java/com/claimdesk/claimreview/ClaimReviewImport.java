package com.claimdesk.claimreview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.claimdesk.sources.UrlNormalizer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads other fact-checkers' ClaimReview markup in any of its usual shapes — one object, an array, a DataFeed,
 * an @graph, or an HTML page with JSON-LD script elements — and checks each ClaimReview found on its own, so
 * that one broken item does not cost the others.
 */
public final class ClaimReviewImport {

    /** One ClaimReview read: its number in the input (from 1), the fact-check when valid, else the problems. */
    public record Item(int number, Found found, Map<String, String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** What an imported fact-check records. */
    public record Found(String url, String organisation, String claimReviewed, String claimant, String rating,
            LocalDate publishedOn) {
    }

    /** The whole input could not be read (not JSON, no JSON-LD in the page). */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Lenient where browsers and Google are: raw line breaks and tabs inside strings are common in the wild. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    private ClaimReviewImport() {
    }

    public static List<Item> read(String input) throws Unreadable {
        // A byte-order mark (files saved by Windows editors) is not text.
        String text = input == null ? "" : input.replaceFirst("^\uFEFF", "").strip();
        if (text.isEmpty()) {
            throw new Unreadable("Paste ClaimReview markup or upload a file with it.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable(NUL);
        }
        List<JsonNode> documents = new ArrayList<>();
        List<String> unreadableBlocks = List.of();
        if (text.startsWith("{") || text.startsWith("[")) {
            documents.add(parse(text, "The text is not valid JSON"));
        } else {
            // Each block on its own: a broken one elsewhere on the page (a VideoObject, say) costs nothing.
            List<String> broken = new ArrayList<>();
            int block = 0;
            for (Element script : Jsoup.parse(text).select("script[type=application/ld+json]")) {
                block++;
                try {
                    documents.add(parse(script.data(), "JSON-LD block " + block + " of the page is not valid JSON"));
                } catch (Unreadable unreadable) {
                    broken.add(unreadable.getMessage());
                }
            }
            if (documents.isEmpty() && broken.isEmpty()) {
                throw new Unreadable("No JSON-LD found: paste JSON, or an HTML page with a "
                        + "<script type=\"application/ld+json\"> element.");
            }
            unreadableBlocks = broken;
        }
        if (documents.stream().anyMatch(ClaimReviewImport::hasNul)) {
            throw new Unreadable(NUL);
        }
        List<JsonNode> reviews = new ArrayList<>();
        List<JsonNode> mediaReviews = new ArrayList<>();
        documents.forEach(document -> collect(document, reviews, mediaReviews));
        if (reviews.isEmpty()) {
            if (!unreadableBlocks.isEmpty()) {
                throw new Unreadable(String.join(" ", unreadableBlocks));
            }
            throw new Unreadable(mediaReviews.isEmpty() ? "No ClaimReview found in the markup."
                    : "The markup holds MediaReview (a review of an image or a video), which is not supported yet; "
                            + "no ClaimReview found.");
        }
        // References ({"@id": "…"}) point at other objects of the same documents.
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        documents.forEach(document -> index(document, byId));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            items.add(check(i + 1, reviews.get(i), byId));
        }
        return items;
    }

    /**
     * Every ClaimReview in a document, whatever it is wrapped in or nested under (an array, @graph, a DataFeed,
     * a NewsArticle's review, a vendor's envelope): objects typed ClaimReview however the type is written.
     */
    private static void collect(JsonNode node, List<JsonNode> reviews, List<JsonNode> mediaReviews) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, reviews, mediaReviews));
        } else if (node.isObject()) {
            if (hasType(node, "ClaimReview")) {
                reviews.add(node);
                return;
            }
            if (hasType(node, "MediaReview")) {
                mediaReviews.add(node);
                return;
            }
            node.forEach(value -> collect(value, reviews, mediaReviews));
        }
    }

    /** {@code @type} as a name, a full address (http(s)://schema.org/…) or an array of either. */
    static boolean hasType(JsonNode node, String type) {
        JsonNode types = node.path("@type");
        for (JsonNode one : types.isArray() ? types : List.of(types)) {
            String name = one.asText("").strip();
            if (name.equals(type) || name.matches("(?i)https?://(www\\.)?schema\\.org/" + type)) {
                return true;
            }
        }
        return false;
    }

    private static void index(JsonNode node, Map<String, JsonNode> byId) {
        if (node.isArray()) {
            node.forEach(element -> index(element, byId));
        } else if (node.isObject()) {
            String id = node.path("@id").asText("");
            // A bare reference ({"@id": …} alone) is not the object it refers to.
            if (!id.isEmpty() && node.size() > 1) {
                byId.putIfAbsent(id, node);
            }
            node.forEach(value -> index(value, byId));
        }
    }

    /** The value itself: the first of a one-element array, the object a bare {"@id"} refers to. */
    private static JsonNode value(JsonNode node, Map<String, JsonNode> byId) {
        JsonNode one = node.isArray() ? node.path(0) : node;
        if (one.isObject() && one.size() == 1 && one.has("@id")) {
            return byId.getOrDefault(one.get("@id").asText(""), one);
        }
        return one;
    }

    /** Text as written, without surrounding white space, no-break spaces included (strip() keeps those). */
    private static String text(JsonNode node) {
        return node.asText("").replaceAll("^[\\s\\u00A0\\u2007\\u202F]+|[\\s\\u00A0\\u2007\\u202F]+$", "");
    }

    private static Item check(int number, JsonNode review, Map<String, JsonNode> byId) {
        Map<String, String> problems = new LinkedHashMap<>();
        String url = null;
        try {
            url = UrlNormalizer.normalize(text(value(review.path("url"), byId)));
        } catch (UrlNormalizer.Refused refused) {
            problems.put("url", refused.getMessage());
        }
        String claim = required(value(review.path("claimReviewed"), byId), "claimReviewed", 1000,
                "Says nothing about the claim reviewed.", problems);
        String rating = required(value(value(review.path("reviewRating"), byId).path("alternateName"), byId),
                "reviewRating.alternateName", 200, "Has no text rating (reviewRating.alternateName).", problems);
        // The organisation is the publisher when there is one; the author may be the journalist who wrote it.
        JsonNode publisher = value(review.path("publisher"), byId);
        JsonNode author = value(review.path("author"), byId);
        String organisation = text(value(publisher.path("name"), byId));
        if (organisation.isEmpty()) {
            organisation = text(value(author.path("name"), byId));
        }
        if (organisation.isEmpty()) {
            problems.put("author.name", "Does not name the fact-checking organisation (publisher or author).");
        } else if (organisation.length() > 200) {
            problems.put("author.name", "The organisation's name is longer than 200 characters.");
        }
        JsonNode claimant = value(value(review.path("itemReviewed"), byId).path("author"), byId);
        String claimantName = text(value(claimant.path("name"), byId));
        LocalDate published = null;
        String date = text(value(review.path("datePublished"), byId));
        if (!date.isEmpty()) {
            published = date(date);
            if (published == null) {
                problems.put("datePublished", "The date " + date + " is not an ISO-8601 date.");
            }
        }
        Found found = problems.isEmpty() ? new Found(url, organisation, claim, claimantName.isEmpty() ? null
                : truncate(claimantName, 200), rating, published) : null;
        return new Item(number, found, problems);
    }

    private static String required(JsonNode node, String name, int max, String missing, Map<String, String> problems) {
        String value = text(node);
        if (value.isEmpty()) {
            problems.put(name, missing);
        } else if (value.length() > max) {
            problems.put(name, "Longer than " + max + " characters.");
        }
        return value;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static JsonNode parse(String json, String failure) throws Unreadable {
        try {
            return MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new Unreadable(failure + ": it is nested deeper, or is longer, than ClaimReview markup ever is.");
        } catch (JsonProcessingException e) {
            throw new Unreadable(failure + (e.getLocation() == null ? "." : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")."));
        }
    }

    private static final String NUL = "The markup contains a NUL character (\\u0000), which is not text.";

    /** Whether a text or a field name anywhere in the document holds a NUL character. */
    private static boolean hasNul(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') >= 0;
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().indexOf('\0') >= 0 || hasNul(field.getValue())) {
                return true;
            }
        }
        for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
            if (hasNul(element)) {
                return true;
            }
        }
        return false;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
