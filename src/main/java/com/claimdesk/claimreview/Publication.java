package com.claimdesk.claimreview;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What readers see of a published revision, frozen when it is published: the claim as reviewed, who made it,
 * the rating as the scale stood then, the evidence cited and where the claim appeared. Kept as JSON in the
 * revision; public pages, ClaimReview, the feed and the CSV read it instead of the live records, so a later
 * edit reaches readers only through a correction. Dates are ISO-8601 text, as PostgreSQL writes them.
 */
public record Publication(String claimReviewed, String claimant, String claimantType, String claimantTitle,
        String madeOn, PublishedRating rating, List<CitedEvidence> evidence, List<Appearance> appearances)
        implements Serializable {

    /** The rating with the scale's range at publication; value, best and worst are null off the numbered scale. */
    public record PublishedRating(String label, Integer value, Integer best, Integer worst, String description,
            String colour) implements Serializable {
    }

    /** A cited source with what the verdict took from it. */
    public record CitedEvidence(String stance, String url, String title, String publisher, String publishedOn,
            String excerpt, String location) implements Serializable {
    }

    /** Where the claim appeared: an article (with its headline and outlet) or a bare web address. */
    public record Appearance(String url, String headline, String publishedOn, String publisher)
            implements Serializable {
    }

    /** What readers will see change when {@code next} replaces this publication, in words for the reviewer. */
    public List<String> changesTo(Publication next) {
        List<String> changes = new ArrayList<>();
        changed(changes, "Claim reviewed", claimReviewed, next.claimReviewed);
        changed(changes, "Claimant", claimant, next.claimant);
        changed(changes, "Claimant's title", claimantTitle, next.claimantTitle);
        changed(changes, "Date of the claim", madeOn, next.madeOn);
        if (!Objects.equals(rating, next.rating)) {
            changes.add("Rating: " + describe(rating) + " → " + describe(next.rating));
        }
        if (!evidence.equals(next.evidence)) {
            changes.add("Cited sources: " + evidence.size() + " → " + next.evidence.size()
                    + " (titles, excerpts or stances differ)");
        }
        if (!appearances.equals(next.appearances)) {
            changes.add("Appearances: " + appearances.size() + " → " + next.appearances.size());
        }
        return changes;
    }

    private static void changed(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": “" + (before == null ? "" : before) + "” → “" + (after == null ? "" : after) + "”");
        }
    }

    private static String describe(PublishedRating rating) {
        if (rating == null) {
            return "none";
        }
        return "“" + rating.label + "”" + (rating.value == null ? "" : " (" + rating.value + " of " + rating.best + ")");
    }
}
