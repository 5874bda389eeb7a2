package com.claimdesk.claimreview;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.claims.Claim;
import com.claimdesk.quotes.QuoteVariants;
import com.claimdesk.sources.Evidence;
import com.claimdesk.verdicts.Rating;
import com.claimdesk.verdicts.Verdict;

/** ClaimReview for this newsroom: its publisher details, documents for published pages, and checks before publishing. */
@ApplicationScoped
public class ClaimReviews {

    @Inject
    ClaimDeskConfig config;

    public ClaimReviewMapping.Publisher publisher() {
        String base = baseUrl();
        return new ClaimReviewMapping.Publisher(config.organisation().name(),
                config.organisation().url().orElse(base + "/"), base, config.language());
    }

    public ClaimReviewDocument document(FactCheck fact) {
        return ClaimReviewMapping.toClaimReview(fact, publisher());
    }

    /** What the ClaimReview of {@code verdict} would say if it were published now, checked. */
    public List<ClaimReviewValidator.Problem> check(Verdict verdict) {
        return ClaimReviewValidator.validate(document(preview(verdict)), organisationHost());
    }

    /** The fact-check a verdict about to be published makes, built from its records. */
    public FactCheck preview(Verdict verdict) {
        Instant now = Instant.now();
        Instant first = verdict.corrects == null ? now : firstPublication(verdict.claim, now);
        return new FactCheck(verdict.claim.id, verdict.id, verdict.revision, verdict.conclusion, first, now,
                publicationOf(verdict));
    }

    /** What readers will see of {@code verdict}: the claim, claimant, rating and evidence as they stand now. */
    public Publication publicationOf(Verdict verdict) {
        Claim claim = verdict.claim;
        Rating rating = verdict.rating;
        Publication.PublishedRating shownRating = rating == null ? null
                : new Publication.PublishedRating(rating.label, rating.value,
                        rating.value == null ? null : Rating.best().orElse(null),
                        rating.value == null ? null : Rating.worst().orElse(null), rating.description, rating.colour);
        List<Publication.CitedEvidence> cited = verdict.evidence.stream()
                .sorted(Comparator.comparing((Evidence e) -> e.id))
                .map(e -> new Publication.CitedEvidence(e.stance.name(), e.source.url, e.source.title,
                        e.source.publisher, text(e.source.publishedOn), e.excerpt, e.location))
                .toList();
        List<Publication.Appearance> appearances = claim.appearances.stream()
                .map(a -> new Publication.Appearance(a.link(), a.article == null ? null : a.article.headline,
                        a.article == null ? null : text(a.article.publishedOn),
                        a.article == null ? null : a.article.outlet))
                .toList();
        appearances = withQuoteVariants(claim.id, appearances);
        return new Publication(claim.claimReviewed, claim.claimant.name, claim.claimant.type.name(),
                claim.claimant.title, text(claim.madeOn), shownRating, cited, appearances);
    }

    /**
     * Articles on record that printed the claim's checked quote (quote checks' variants) are appearances too;
     * sorted by date, the first seen becomes ClaimReview's firstAppearance.
     */
    private static List<Publication.Appearance> withQuoteVariants(long claimId, List<Publication.Appearance> own) {
        List<QuoteVariants.Appearance> variants = QuoteVariants.appearancesOf(claimId);
        if (variants.isEmpty()) {
            return own;
        }
        List<Publication.Appearance> all = new ArrayList<>(own);
        for (QuoteVariants.Appearance variant : variants) {
            if (all.stream().noneMatch(a -> variant.url().equals(a.url()))) {
                all.add(new Publication.Appearance(variant.url(), variant.headline(), text(variant.seenOn()),
                        variant.outlet()));
            }
        }
        all.sort(Comparator.comparing(Publication.Appearance::publishedOn,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return all;
    }

    /** The host the fact-check pages live on; ClaimReview's url must be on it. */
    public String organisationHost() {
        return URI.create(baseUrl()).getHost().toLowerCase(Locale.ROOT);
    }

    public String baseUrl() {
        String base = config.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Instant firstPublication(Claim claim, Instant fallback) {
        Instant first = Verdict.getEntityManager()
                .createQuery("select min(v.publishedAt) from Verdict v where v.claim = ?1", Instant.class)
                .setParameter(1, claim).getSingleResult();
        return first == null ? fallback : first;
    }
}
