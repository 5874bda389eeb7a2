package com.claimdesk.claimreview;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.claimdesk.claims.ClaimantType;

/**
 * A published fact-check as ClaimReview needs it: the current revision of its verdict and what that revision
 * showed readers when it was published ({@link Publication}). Read in one row per fact-check (see
 * {@link FactChecks}), or built from a verdict about to be published.
 */
public record FactCheck(long claimId, long verdictId, int revision, String conclusion, Instant firstPublishedAt,
        Instant publishedAt, Publication shown) {

    public String claimReviewed() {
        return shown.claimReviewed();
    }

    public String claimant() {
        return shown.claimant();
    }

    public ClaimantType claimantType() {
        return ClaimantType.valueOf(shown.claimantType());
    }

    public String claimantTitle() {
        return shown.claimantTitle();
    }

    public String madeOn() {
        return shown.madeOn();
    }

    /** The rating's colour on the scale as published; null for a retraction. */
    public String ratingColour() {
        return shown.rating() == null ? null : shown.rating().colour();
    }

    /** The rating's label; null for a retraction. */
    public String rating() {
        return shown.rating() == null ? null : shown.rating().label();
    }

    public Integer ratingValue() {
        return shown.rating() == null ? null : shown.rating().value();
    }

    public List<Publication.Appearance> appearances() {
        return shown.appearances();
    }

    /** The page's path: the claim's id, then a readable slug that is ignored when the page is looked up. */
    public String path() {
        return "/fact-checks/" + claimId + "/" + slug(claimReviewed());
    }

    public boolean corrected() {
        return revision > 1;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "fact-check" : ascii;
    }
}
