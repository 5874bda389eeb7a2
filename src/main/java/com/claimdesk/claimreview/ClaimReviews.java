package com.claimdesk.claimreview;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.claims.Claim;
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
                config.organisation().url().orElse(base + "/"), base, config.language(), Rating.best().orElse(null),
                Rating.worst().orElse(null));
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
        Claim claim = verdict.claim;
        Instant now = Instant.now();
        Instant first = verdict.corrects == null ? now : firstPublication(claim, now);
        List<FactCheck.Appearance> appearances = claim.appearances.stream()
                .map(a -> new FactCheck.Appearance(a.link(), a.article == null ? null : a.article.headline,
                        a.article == null ? null : a.article.publishedOn, a.article == null ? null : a.article.outlet))
                .toList();
        return new FactCheck(claim.id, claim.claimReviewed, claim.claimant.name, claim.claimant.type,
                claim.claimant.title, claim.madeOn, verdict.id, verdict.revision,
                verdict.rating == null ? null : verdict.rating.label,
                verdict.rating == null ? null : verdict.rating.value, verdict.conclusion, first, now, appearances);
    }

    /** The host the fact-check pages live on; ClaimReview's url must be on it. */
    public String organisationHost() {
        return URI.create(baseUrl()).getHost().toLowerCase(Locale.ROOT);
    }

    public String baseUrl() {
        String base = config.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static Instant firstPublication(Claim claim, Instant fallback) {
        Instant first = Verdict.getEntityManager()
                .createQuery("select min(v.publishedAt) from Verdict v where v.claim = ?1", Instant.class)
                .setParameter(1, claim).getSingleResult();
        return first == null ? fallback : first;
    }
}
