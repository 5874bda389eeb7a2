package com.claimdesk.claimreview;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A schema.org ClaimReview, as JSON-LD. Empty values are left out, as schema.org readers expect. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"@context", "@type"})
public record ClaimReviewDocument(
        @JsonProperty("@context") String context,
        @JsonProperty("@type") String type,
        String url,
        String claimReviewed,
        String datePublished,
        String dateModified,
        Party author,
        Rating reviewRating,
        Claim itemReviewed,
        String inLanguage) {

    /** An Organization or a Person. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type"})
    public record Party(@JsonProperty("@type") String type, String name, String url, String jobTitle) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type"})
    public record Rating(@JsonProperty("@type") String type, String alternateName, Integer ratingValue,
            Integer bestRating, Integer worstRating, String ratingExplanation) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type"})
    public record Claim(@JsonProperty("@type") String type, Party author, String datePublished,
            List<CreativeWork> appearance, CreativeWork firstAppearance) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type"})
    public record CreativeWork(@JsonProperty("@type") String type, String url, String headline, String datePublished,
            Party publisher) {
    }
}
