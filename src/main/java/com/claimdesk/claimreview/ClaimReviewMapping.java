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
 * the Fact Check Tools read). Plain code: the organisation comes in as a value, the rest from
 * what the fact-check showed when it was published.
 */
public final class ClaimReviewMapping {

    /** Who publishes, and where. */
    public record Publisher(String name, String url, String baseUrl, String language) {
    }

    private ClaimReviewMapping() {
    }

    public static ClaimReviewDocument toClaimReview(FactCheck fact, Publisher publisher) {
        // The scale's range as it stood at publication: a later change to the scale is no change to this review.
        Publication.PublishedRating published = fact.shown().rating();
        boolean numbered = published != null && published.value() != null && published.best() != null
                && published.worst() != null;
        Rating rating = new Rating("Rating", fact.rating(), numbered ? published.value() : null,
                numbered ? published.best() : null, numbered ? published.worst() : null, fact.conclusion());
        List<CreativeWork> appearances = fact.appearances().stream().map(ClaimReviewMapping::creativeWork).toList();
        Claim claim = new Claim("Claim", claimant(fact), fact.madeOn(),
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

    private static CreativeWork creativeWork(Publication.Appearance appearance) {
        return new CreativeWork("CreativeWork", appearance.url(), appearance.headline(), appearance.publishedOn(),
                appearance.publisher() == null ? null : new Party("Organization", appearance.publisher(), null, null));
    }

    private static String date(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
