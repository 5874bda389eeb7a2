package com.claimdesk.claimreview;

import java.time.ZoneOffset;
import java.util.List;

import com.claimdesk.claimreview.ClaimReviewDocument.Claim;
import com.claimdesk.claimreview.ClaimReviewDocument.CreativeWork;
import com.claimdesk.claimreview.ClaimReviewDocument.Party;
import com.claimdesk.claimreview.ClaimReviewDocument.Rating;
import com.claimdesk.claims.ClaimantType;

/**
 * How a fact-check is written as schema.org ClaimReview (the properties Google's fact-check rich results and
 * the Fact Check Tools read). Plain code: the organisation and the scale's range come in as values.
 */
public final class ClaimReviewMapping {

    /** Who publishes, where, and the numbered range of the rating scale. */
    public record Publisher(String name, String url, String baseUrl, String language, Integer bestRating,
            Integer worstRating) {
    }

    private ClaimReviewMapping() {
    }

    public static ClaimReviewDocument toClaimReview(FactCheck fact, Publisher publisher) {
        boolean numbered = fact.ratingValue() != null && publisher.bestRating() != null
                && publisher.worstRating() != null;
        Rating rating = new Rating("Rating", fact.rating(), numbered ? fact.ratingValue() : null,
                numbered ? publisher.bestRating() : null, numbered ? publisher.worstRating() : null,
                fact.conclusion());
        List<CreativeWork> appearances = fact.appearances().stream().map(ClaimReviewMapping::creativeWork).toList();
        Claim claim = new Claim("Claim", claimant(fact), fact.madeOn() == null ? null : fact.madeOn().toString(),
                appearances, appearances.isEmpty() ? null : appearances.get(0));
        return new ClaimReviewDocument("https://schema.org", "ClaimReview", publisher.baseUrl() + fact.path(),
                fact.claimReviewed(), date(fact.firstPublishedAt()), fact.corrected() ? date(fact.publishedAt()) : null,
                new Party("Organization", publisher.name(), publisher.url(), null), rating, claim,
                publisher.language());
    }

    private static Party claimant(FactCheck fact) {
        String type = fact.claimantType() == ClaimantType.PERSON ? "Person" : "Organization";
        return new Party(type, fact.claimant(), null,
                fact.claimantType() == ClaimantType.PERSON ? fact.claimantTitle() : null);
    }

    private static CreativeWork creativeWork(FactCheck.Appearance appearance) {
        return new CreativeWork("CreativeWork", appearance.url(), appearance.headline(),
                appearance.publishedOn() == null ? null : appearance.publishedOn().toString(),
                appearance.publisher() == null ? null : new Party("Organization", appearance.publisher(), null, null));
    }

    private static String date(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
