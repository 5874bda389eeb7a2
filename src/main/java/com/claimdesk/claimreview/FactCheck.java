package com.claimdesk.claimreview;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.claimdesk.claims.ClaimantType;

/**
 * A published fact-check as ClaimReview needs it: the claim, who made it, where it appeared, and the current
 * revision of its verdict. Read in one row per fact-check (see {@link FactChecks}), or built from a verdict
 * about to be published.
 */
public record FactCheck(long claimId, String claimReviewed, String claimant, ClaimantType claimantType,
        String claimantTitle, LocalDate madeOn, long verdictId, int revision, String rating, Integer ratingValue,
        String conclusion, Instant firstPublishedAt, Instant publishedAt, List<Appearance> appearances) {

    /** Where the claim appeared: an article (with its headline and outlet) or a bare web address. */
    public record Appearance(String url, String headline, LocalDate publishedOn, String publisher) {
    }

    /** The page's path: the claim's id, then a readable slug that is ignored when the page is looked up. */
    public String path() {
        return "/fact-checks/" + claimId + "/" + slug(claimReviewed);
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
