package com.claimdesk.claimreview;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * that one broken item does not cost the others. A DataFeed's removals ({@code DataFeedItem.dateDeleted}) are
 * read as items too, and a MediaReview is named as such.
 */
public final class ClaimReviewImport {

    /**
     * One entry read, numbered in the input from 1: a fact-check ({@code found}: stored only when there are no
     * problems, else what could be read of it, to say which one was refused), a removal the publisher signalled,
     * and the problems that refuse it (by field).
     */
    public record Item(int number, Found found, Removal removal, Map<String, String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** What an imported fact-check records; {@code id} is the ClaimReview's own @id when it has one. */
    public record Found(String id, String url, String organisation, String author, String authorUrl,
            String claimReviewed, String claimant, String claimantTitle, String rating, String ratingValue,
            String bestRating, String worstRating, String ratingExplanation, String language, LocalDate publishedOn,
            Instant modifiedAt, LocalDate claimDate, String firstAppearance, List<Appearance> appearances) {
    }

    /** Where the claim appeared, as the publisher wrote it. */
    public record Appearance(String url, String headline, String datePublished, String publisher) {
    }

    /** A fact-check its publisher has taken down: the removed item's @id (and address, when given). */
    public record Removal(String id, String url, Instant removedAt) {
    }

    /** The whole input could not be read (not JSON, no ClaimReview in it), with the form field to blame. */
    public static final class Unreadable extends Exception {
        private final String field;

        Unreadable(String message) {
            this("markup", message);
        }

        Unreadable(String field, String message) {
            super(message);
            this.field = field;
        }

        /** {@code markup} for the document, {@code url} for the page's own address. */
        public String field() {
            return field;
        }
    }

    /** Lenient where browsers and Google are: raw line breaks and tabs inside strings are common in the wild. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    static final int RATING_LENGTH = 1000;
    private static final int MAX_APPEARANCES = 100;

    private ClaimReviewImport() {
    }

    /** A document on its own: no content type to go by, no address to resolve relative ones against. */
    public static List<Item> read(String input) throws Unreadable {
        return read(input, null, null);
    }

    /**
     * Reads a document. {@code contentType} (may be null) says whether it is JSON or an HTML page; without it
     * the text decides. {@code pageUrl} (may be null) is where the document was found, against which relative
     * addresses are resolved.
     */
    public static List<Item> read(String input, String contentType, String pageUrl) throws Unreadable {
        URI base = base(pageUrl);
        // A byte-order mark (files saved by Windows editors) is not text.
        String text = input == null ? "" : input.replaceFirst("^\uFEFF", "").strip();
        if (text.isEmpty()) {
            throw new Unreadable("Paste ClaimReview markup or upload a file with it.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable(NUL);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean json = type.contains("json")
                || !type.contains("html") && (text.startsWith("{") || text.startsWith("["));
        List<JsonNode> documents = new ArrayList<>();
        List<String> unreadableBlocks = List.of();
        String pageLanguage = null;
        if (json) {
            documents.add(parse(text, "The text is not valid JSON"));
        } else {
            org.jsoup.nodes.Document page = Jsoup.parse(text);
            Element html = page.selectFirst("html[lang]");
            pageLanguage = html == null ? null : language(html.attr("lang"));
            // Each block on its own: a broken one elsewhere on the page (a VideoObject, say) costs nothing.
            List<String> broken = new ArrayList<>();
            int block = 0;
            for (Element script : page.select("script[type=application/ld+json]")) {
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
        List<Entry> entries = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        documents.forEach(document -> collect(document, null, entries, types));
        if (entries.stream().noneMatch(entry -> entry.kind != Kind.MEDIA_REVIEW)) {
            throw new Unreadable(nothingFound(documents, entries, types, unreadableBlocks));
        }
        // References ({"@id": "…"}) point at other objects of the same documents.
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        documents.forEach(document -> index(document, byId));
        Reading reading = new Reading(byId, base, pageLanguage);
        List<Item> items = new ArrayList<>();
        for (Entry entry : entries) {
            int number = items.size() + 1;
            items.add(switch (entry.kind) {
                case CLAIM_REVIEW -> reading.check(number, entry.node, entry.feedItemModified);
                case REMOVAL -> reading.removal(number, entry.node);
                case MEDIA_REVIEW -> new Item(number, null, null,
                        Map.of("@type", "MediaReview is not supported yet."));
            });
        }
        return items;
    }

    /** What the document holds instead of ClaimReview, in words for the person who sent it. */
    private static String nothingFound(List<JsonNode> documents, List<Entry> entries, Set<String> types,
            List<String> unreadableBlocks) {
        if (!unreadableBlocks.isEmpty()) {
            return String.join(" ", unreadableBlocks);
        }
        if (!entries.isEmpty()) {
            return "The markup holds MediaReview (a review of an image or a video), which is not supported yet; "
                    + "no ClaimReview found.";
        }
        if (documents.stream().anyMatch(ClaimReviewImport::isFactCheckToolsResponse)) {
            return "This is a response of Google's Fact Check Tools API (claims with their claimReview), not "
                    + "ClaimReview markup: import the fact-check pages or the feeds it points to.";
        }
        types.remove("");
        return types.isEmpty() ? "No ClaimReview found in the markup."
                : "No ClaimReview found in the markup; it holds " + String.join(", ", types) + ".";
    }

    /** The Fact Check Tools API's claims:search answer ({"claims": [{"text", "claimReview": […]}]}) or one claim. */
    private static boolean isFactCheckToolsResponse(JsonNode document) {
        JsonNode claims = document.path("claims");
        JsonNode first = claims.isArray() ? claims.path(0) : document;
        return first.path("claimReview").isArray() || document.path("claimReviewMarkupPages").isArray()
                || document.path("claimReviewMarkups").isArray();
    }

    private enum Kind { CLAIM_REVIEW, MEDIA_REVIEW, REMOVAL }

    /** A node to read, with the dateModified of the DataFeedItem around it, if any. */
    private record Entry(Kind kind, JsonNode node, String feedItemModified) {
    }

    /**
     * Every ClaimReview in a document, whatever it is wrapped in or nested under (an array, @graph, a DataFeed,
     * a NewsArticle's review, a vendor's envelope): objects typed ClaimReview however the type is written.
     */
    private static void collect(JsonNode node, String feedItemModified, List<Entry> entries, Set<String> types) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, feedItemModified, entries, types));
        } else if (node.isObject()) {
            if (hasType(node, "ClaimReview")) {
                entries.add(new Entry(Kind.CLAIM_REVIEW, node, feedItemModified));
                return;
            }
            if (hasType(node, "MediaReview")) {
                entries.add(new Entry(Kind.MEDIA_REVIEW, node, feedItemModified));
                return;
            }
            String modified = feedItemModified;
            if (hasType(node, "DataFeedItem")) {
                if (node.hasNonNull("dateDeleted")) {
                    entries.add(new Entry(Kind.REMOVAL, node, null));
                    return;
                }
                modified = node.path("dateModified").asText(null);
            }
            node.path("@type").forEach(one -> types.add(one.asText("")));
            if (node.path("@type").isTextual()) {
                types.add(node.path("@type").asText());
            }
            String itemModified = modified;
            node.forEach(value -> collect(value, itemModified, entries, types));
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

    /** Text as written, without surrounding white space, no-break spaces included (strip() keeps those). */
    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText("").replaceAll("^[\\s\\u00A0\\u2007\\u202F]+|[\\s\\u00A0\\u2007\\u202F]+$", "")
                : "";
    }

    /** The page's own address, against which relative addresses are resolved; null when not given. */
    private static URI base(String pageUrl) throws Unreadable {
        if (pageUrl == null || pageUrl.isBlank()) {
            return null;
        }
        try {
            return URI.create(UrlNormalizer.normalize(pageUrl));
        } catch (UrlNormalizer.Refused | IllegalArgumentException refused) {
            throw new Unreadable("url", "The page's address: " + refused.getMessage());
        }
    }

    /** A BCP 47 tag as pages write it ({@code pt_BR}, {@code en-GB}); null when it is not one. */
    static String language(String tag) {
        String cleaned = tag == null ? "" : tag.strip().replace('_', '-');
        return cleaned.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") && cleaned.length() <= 35 ? cleaned : null;
    }

    /** Reads the entries of one input: references resolve within it, addresses against its page. */
    private record Reading(Map<String, JsonNode> byId, URI base, String pageLanguage) {

        /** The value itself: the first of a one-element array, the object a bare {"@id"} refers to. */
        JsonNode value(JsonNode node) {
            JsonNode one = node.isArray() ? node.path(0) : node;
            if (one.isObject() && one.size() == 1 && one.has("@id")) {
                return byId.getOrDefault(one.get("@id").asText(""), one);
            }
            return one;
        }

        String text(JsonNode node) {
            return ClaimReviewImport.text(value(node));
        }

        /** An address as written, resolved against the page's when relative; null when there is none. */
        String address(JsonNode node) {
            JsonNode one = value(node);
            String written = ClaimReviewImport.text(one.isObject() ? value(one.path("url")) : one);
            if (written.isEmpty()) {
                return null;
            }
            try {
                URI uri = new URI(written);
                return uri.isAbsolute() || base == null ? written : base.resolve(uri).toString();
            } catch (URISyntaxException e) {
                return written;
            }
        }

        Item removal(int number, JsonNode feedItem) {
            JsonNode removed = value(feedItem.path("item"));
            String url = address(removed.path("url"));
            String id = id(ClaimReviewImport.text(removed.path("@id")), base == null ? null : base.toString());
            Instant at = instant(text(feedItem.path("dateDeleted")));
            if (id == null && url == null) {
                return new Item(number, null, null, Map.of("item.@id",
                        "A removal (dateDeleted) that does not say which fact-check was removed."));
            }
            String normalised = null;
            try {
                normalised = url == null ? null : UrlNormalizer.normalize(url);
            } catch (UrlNormalizer.Refused refused) {
                return new Item(number, null, null, Map.of("item.url", refused.getMessage()));
            }
            return new Item(number, null, new Removal(id, normalised, at == null ? Instant.now() : at), Map.of());
        }

        Item check(int number, JsonNode review, String feedItemModified) {
            Map<String, String> problems = new LinkedHashMap<>();
            String url = null;
            String written = address(review.path("url"));
            if (written == null && base != null) {
                // A page's own markup often leaves out the address it is at.
                written = base.toString();
            }
            try {
                url = UrlNormalizer.normalize(written);
            } catch (UrlNormalizer.Refused refused) {
                problems.put("url", written != null && !written.matches("(?i)[a-z][a-z0-9+.-]*:.*") && base == null
                        ? "The address " + written + " is relative: give the page's own address to resolve it."
                        : refused.getMessage());
            }
            String claim = required(value(review.path("claimReviewed")), "claimReviewed", 1000,
                    "Says nothing about the claim reviewed.", problems);
            JsonNode rating = value(review.path("reviewRating"));
            String ratingText = required(value(rating.path("alternateName")), "reviewRating.alternateName",
                    RATING_LENGTH, "Has no text rating (reviewRating.alternateName).", problems);
            // The organisation is the publisher when there is one; the author may be the journalist who wrote it.
            JsonNode publisher = value(review.path("publisher"));
            JsonNode author = value(review.path("author"));
            String authorName = text(author.path("name"));
            String organisation = text(publisher.path("name"));
            if (organisation.isEmpty()) {
                organisation = authorName;
            }
            if (organisation.isEmpty()) {
                problems.put("author.name", "Does not name the fact-checking organisation (publisher or author).");
            } else if (organisation.length() > 200) {
                problems.put("author.name", "The organisation's name is longer than 200 characters.");
            }
            JsonNode item = value(review.path("itemReviewed"));
            JsonNode claimant = value(item.path("author"));
            LocalDate published = null;
            String date = text(review.path("datePublished"));
            if (!date.isEmpty()) {
                published = date(date);
                if (published == null) {
                    problems.put("datePublished", "The date " + date + " is not an ISO-8601 date.");
                }
            }
            Instant modified = latest(instant(text(review.path("dateModified"))),
                    feedItemModified == null ? null : instant(feedItemModified));
            String language = inLanguage(review);
            if (language == null) {
                language = pageLanguage != null ? pageLanguage : TextLanguage.guess(claim + " " + ratingText);
            }
            List<Appearance> appearances = appearances(item.path("appearance"));
            String first = shortAddress(address(item.path("firstAppearance")));
            Found found = new Found(id(ClaimReviewImport.text(review.path("@id")), url), url != null ? url : written,
                    nullIfEmpty(organisation),
                    authorName.isEmpty() || authorName.equals(organisation) ? null : truncate(authorName, 200),
                    shortAddress(address(author.path("url"))), nullIfEmpty(claim), nullIfEmpty(truncate(text(claimant.path("name")), 200)),
                    nullIfEmpty(truncate(text(claimant.path("jobTitle")), 200)), nullIfEmpty(ratingText),
                    number(text(rating.path("ratingValue"))), number(text(rating.path("bestRating"))),
                    number(text(rating.path("worstRating"))),
                    nullIfEmpty(truncate(text(rating.path("ratingExplanation")), 5000)), language, published, modified,
                    date(text(item.path("datePublished"))), first, appearances);
            return new Item(number, found, null, problems);
        }

        /**
         * An @id as a full address: a relative one ({@code #claimreview}, common in page templates) is read
         * against {@code address}, so that two sites' "#claimreview" stay two fact-checks; a blank node's
         * ({@code _:b0}) or one with nothing to resolve against identifies nothing beyond this document.
         */
        private static String id(String written, String address) {
            if (written.isEmpty() || written.startsWith("_:") || written.length() > 2048) {
                return null;
            }
            try {
                URI id = new URI(written);
                if (id.isAbsolute()) {
                    return written;
                }
                String resolved = address == null ? null : new URI(address).resolve(id).toString();
                return resolved == null || resolved.length() > 2048 ? null : resolved;
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }

        /** {@code inLanguage} as a tag, or a Language object with its code (alternateName) or name. */
        private String inLanguage(JsonNode review) {
            JsonNode given = value(review.path("inLanguage"));
            if (given.isObject()) {
                String code = language(text(given.path("alternateName")));
                return code != null ? code : language(text(given.path("name")));
            }
            return language(ClaimReviewImport.text(given));
        }

        private List<Appearance> appearances(JsonNode node) {
            List<Appearance> found = new ArrayList<>();
            for (JsonNode one : node.isArray() ? node : List.of(node)) {
                JsonNode work = value(one);
                String url = shortAddress(address(work));
                String headline = work.isObject() ? truncate(text(work.path("headline")), 1000) : "";
                if ((url != null || !headline.isEmpty()) && found.size() < MAX_APPEARANCES) {
                    JsonNode by = value(work.path("publisher"));
                    String publisher = text(by.path("name"));
                    if (publisher.isEmpty()) {
                        publisher = text(value(work.path("author")).path("name"));
                    }
                    found.add(new Appearance(url, nullIfEmpty(headline),
                            work.isObject() ? nullIfEmpty(truncate(text(work.path("datePublished")), 40)) : null,
                            nullIfEmpty(truncate(publisher, 200))));
                }
            }
            return List.copyOf(found);
        }
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

    private static String nullIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** An address short enough to keep; a longer one is not a real page's. */
    private static String shortAddress(String address) {
        return address == null || address.length() > 2048 ? null : address;
    }

    /** A rating's value, best or worst as written (schema.org allows text), when it reads as a number. */
    private static String number(String text) {
        return text.matches("-?\\d{1,9}([.,]\\d{1,6})?") ? text : null;
    }

    /** A date or a time: a bare date is its day's start in UTC, a time without offset is UTC. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }

    private static Instant latest(Instant one, Instant other) {
        return one == null ? other : other == null || one.isAfter(other) ? one : other;
    }
}
