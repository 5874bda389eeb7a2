package com.claimdesk.claimreview;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a ClaimReview against the rules Google documents for fact-check markup and against the schema.org
 * vocabulary. Missing required data is an error (publication waits); a missing recommended property is a
 * warning the editor sees.
 */
public final class ClaimReviewValidator {

    public enum Severity { ERROR, WARNING }

    /** One finding, naming the property as the JSON path a reader of the markup would use. */
    public record Problem(Severity severity, String field, String message) {
        public boolean error() {
            return severity == Severity.ERROR;
        }
    }

    /** The schema.org types used, and the properties each may carry (schema.org's own definitions). */
    private static final Map<String, Set<String>> VOCABULARY = Map.of(
            "ClaimReview", Set.of("url", "claimReviewed", "datePublished", "dateModified", "author", "reviewRating",
                    "itemReviewed", "inLanguage", "name", "headline", "publisher", "image", "sdPublisher"),
            "Rating", Set.of("alternateName", "ratingValue", "bestRating", "worstRating", "ratingExplanation", "name",
                    "image"),
            "Claim", Set.of("author", "datePublished", "appearance", "firstAppearance", "name", "text",
                    "claimInterpreter"),
            "Organization", Set.of("name", "url", "logo", "sameAs", "image"),
            "Person", Set.of("name", "jobTitle", "url", "sameAs", "image", "affiliation"),
            "CreativeWork", Set.of("url", "headline", "datePublished", "publisher", "author", "name"));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClaimReviewValidator() {
    }

    /** Findings for a document that will be published under {@code organisationHost}. */
    public static List<Problem> validate(ClaimReviewDocument document, String organisationHost) {
        return validate(MAPPER.valueToTree(document), organisationHost);
    }

    public static List<Problem> validate(JsonNode review, String organisationHost) {
        List<Problem> problems = new ArrayList<>();
        vocabulary(review, "", problems);
        if (!"ClaimReview".equals(review.path("@type").asText())) {
            problems.add(error("@type", "The markup must be of type ClaimReview."));
        }
        if (review.path("claimReviewed").asText("").isBlank()) {
            problems.add(error("claimReviewed", "Say what claim is reviewed (claimReviewed)."));
        }
        JsonNode rating = review.path("reviewRating");
        if (rating.path("alternateName").asText("").isBlank()) {
            problems.add(error("reviewRating.alternateName", "Give the rating as text (reviewRating.alternateName)."));
        }
        checkNumbers(rating, problems);
        checkUrl(review.path("url").asText(""), organisationHost, problems);
        if (review.path("author").path("name").asText("").isBlank()) {
            problems.add(warning("author", "Name the fact-checking organisation (author)."));
        }
        if (review.path("datePublished").asText("").isBlank()) {
            problems.add(warning("datePublished", "Give the date the fact-check was published (datePublished)."));
        }
        JsonNode claim = review.path("itemReviewed");
        if (claim.isMissingNode()) {
            problems.add(warning("itemReviewed", "Describe the claim reviewed (itemReviewed)."));
        } else {
            if (claim.path("author").path("name").asText("").isBlank()) {
                problems.add(warning("itemReviewed.author", "Say who made the claim (itemReviewed.author)."));
            }
            if (claim.path("appearance").isEmpty() && claim.path("firstAppearance").isMissingNode()) {
                problems.add(warning("itemReviewed.appearance", "Say where the claim appeared (itemReviewed.appearance)."));
            }
        }
        return problems;
    }

    public static boolean publishable(List<Problem> problems) {
        return problems.stream().noneMatch(Problem::error);
    }

    /** A rating number means nothing without its range: schema.org readers need best and worst. */
    private static void checkNumbers(JsonNode rating, List<Problem> problems) {
        if (!rating.has("ratingValue")) {
            return;
        }
        if (!rating.has("bestRating") || !rating.has("worstRating")) {
            problems.add(error("reviewRating.bestRating",
                    "A numeric rating needs bestRating and worstRating to map the number to the text."));
            return;
        }
        int value = rating.path("ratingValue").asInt();
        if (value < rating.path("worstRating").asInt() || value > rating.path("bestRating").asInt()) {
            problems.add(error("reviewRating.ratingValue", "The rating number lies outside the scale's range."));
        }
    }

    private static void checkUrl(String url, String organisationHost, List<Problem> problems) {
        if (url.isBlank()) {
            problems.add(error("url", "Give the fact-check page's address (url)."));
            return;
        }
        try {
            URI uri = new URI(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            if (!scheme.equals("https") && !scheme.equals("http")) {
                problems.add(error("url", "The fact-check's address must be a web address."));
            } else if (!host.equals(organisationHost) && !host.endsWith("." + organisationHost)) {
                problems.add(error("url", "The fact-check's address must be on the organisation's own site ("
                        + organisationHost + ")."));
            }
        } catch (URISyntaxException e) {
            problems.add(error("url", "The fact-check's address is not a valid web address."));
        }
    }

    /** Unknown types and properties anywhere below the root (whose type has its own rule). */
    private static void vocabulary(JsonNode node, String path, List<Problem> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                vocabulary(node.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").asText(null);
        Set<String> properties = type == null ? null : VOCABULARY.get(type);
        if (type != null && properties == null && !path.isEmpty()) {
            problems.add(error(path.isEmpty() ? "@type" : path + ".@type", "schema.org has no type " + type
                    + " for this place."));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String where = path.isEmpty() ? name : path + "." + name;
            if (name.startsWith("@")) {
                continue;
            }
            if (properties != null && !properties.contains(name)) {
                problems.add(error(where, "schema.org's " + type + " has no property " + name + "."));
            }
            vocabulary(field.getValue(), where, problems);
        }
    }

    private static Problem error(String field, String message) {
        return new Problem(Severity.ERROR, field, message);
    }

    private static Problem warning(String field, String message) {
        return new Problem(Severity.WARNING, field, message);
    }
}
