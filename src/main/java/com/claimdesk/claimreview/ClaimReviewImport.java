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
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        if (text.startsWith("{") || text.startsWith("[")) {
            documents.add(parse(text, "The text is not valid JSON"));
        } else {
            for (Element script : Jsoup.parse(text).select("script[type=application/ld+json]")) {
                documents.add(parse(script.data(), "A JSON-LD script in the page is not valid JSON"));
            }
            if (documents.isEmpty()) {
                throw new Unreadable("No JSON-LD found: paste JSON, or an HTML page with a "
                        + "<script type=\"application/ld+json\"> element.");
            }
        }
        if (documents.stream().anyMatch(ClaimReviewImport::hasNul)) {
            throw new Unreadable(NUL);
        }
        List<JsonNode> reviews = new ArrayList<>();
        documents.forEach(document -> collect(document, reviews));
        if (reviews.isEmpty()) {
            throw new Unreadable("No ClaimReview found in the markup.");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            items.add(check(i + 1, reviews.get(i)));
        }
        return items;
    }

    /** Every ClaimReview in a document, whatever it is wrapped in. */
    private static void collect(JsonNode node, List<JsonNode> reviews) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, reviews));
        } else if (node.isObject()) {
            String type = node.path("@type").asText("");
            if (type.equals("ClaimReview")) {
                reviews.add(node);
            } else if (node.has("@graph")) {
                collect(node.get("@graph"), reviews);
            } else if (type.equals("DataFeed")) {
                collect(node.path("dataFeedElement"), reviews);
            } else if (type.equals("DataFeedItem")) {
                collect(node.path("item"), reviews);
            }
        }
    }

    private static Item check(int number, JsonNode review) {
        Map<String, String> problems = new LinkedHashMap<>();
        String url = null;
        try {
            url = UrlNormalizer.normalize(review.path("url").asText(""));
        } catch (UrlNormalizer.Refused refused) {
            problems.put("url", refused.getMessage());
        }
        String claim = required(review, "claimReviewed", 1000, "Says nothing about the claim reviewed.", problems);
        String rating = required(review.path("reviewRating"), "alternateName", 200,
                "Has no text rating (reviewRating.alternateName).", problems);
        JsonNode author = review.path("author");
        String organisation = (author.isArray() ? author.path(0) : author).path("name").asText("").strip();
        if (organisation.isEmpty()) {
            problems.put("author.name", "Does not name the fact-checking organisation.");
        } else if (organisation.length() > 200) {
            problems.put("author.name", "The organisation's name is longer than 200 characters.");
        }
        JsonNode claimant = review.path("itemReviewed").path("author");
        String claimantName = (claimant.isArray() ? claimant.path(0) : claimant).path("name").asText("").strip();
        LocalDate published = null;
        String date = review.path("datePublished").asText("").strip();
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

    private static String required(JsonNode node, String field, int max, String missing, Map<String, String> problems) {
        String value = node.path(field).asText("").strip();
        String name = field.equals("alternateName") ? "reviewRating.alternateName" : field;
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
