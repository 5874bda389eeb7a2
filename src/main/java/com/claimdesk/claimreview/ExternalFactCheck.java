package com.claimdesk.claimreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A fact-check another organisation published, imported from its ClaimReview markup. */
@Entity
@Table(name = "external_fact_check")
public class ExternalFactCheck extends PanacheEntity {

    /** Similarity (pg_trgm, 0 to 1) from which another organisation's claim is shown as "also checked". */
    static final double SIMILAR = 0.3;

    /** The ClaimReview's own @id, when it has one: what identifies it across imports. */
    @Column(name = "review_id", length = 2048)
    public String reviewId;

    /** The fact-check page's normalised address; a page may hold several fact-checks. */
    @Column(nullable = false, length = 2048)
    public String url;

    /** The publishing organisation (the publisher, else the author). */
    @Column(nullable = false, length = 200)
    public String organisation;

    /** The journalist who wrote it, when named apart from the organisation. */
    @Column(length = 200)
    public String author;

    @Column(name = "author_url", length = 2048)
    public String authorUrl;

    @Column(name = "claim_reviewed", nullable = false, length = 1000)
    public String claimReviewed;

    @Column(length = 200)
    public String claimant;

    @Column(name = "claimant_title", length = 200)
    public String claimantTitle;

    /** The rating as written: a word, or a sentence (Full Fact). */
    @Column(nullable = false, length = ClaimReviewImport.RATING_LENGTH)
    public String rating;

    /** The rating's place on the publisher's scale, as written (schema.org allows text). */
    @Column(name = "rating_value", length = 20)
    public String ratingValue;

    @Column(name = "best_rating", length = 20)
    public String bestRating;

    @Column(name = "worst_rating", length = 20)
    public String worstRating;

    @Column(name = "rating_explanation", length = 5000)
    public String ratingExplanation;

    /** BCP 47: the review's inLanguage, else its page's, else guessed from its text. */
    @Column(length = 35)
    public String language;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** The publisher's last change (dateModified, or its feed item's); a newer one updates the row. */
    @Column(name = "modified_at")
    public Instant modifiedAt;

    /** When the claim was made (itemReviewed.datePublished). */
    @Column(name = "claim_date")
    public LocalDate claimDate;

    @Column(name = "first_appearance", length = 2048)
    public String firstAppearance;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ClaimReviewImport.Appearance> appearances = List.of();

    /** When its publisher signalled it removed (a retraction); it is then no longer shown as "also checked". */
    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /**
     * Other organisations' fact-checks of a claim worded like {@code claimReviewed}, closest first. {@code %}
     * (pg_trgm's default threshold, 0.3, no higher than {@link #SIMILAR}) lets the trigram index find them instead
     * of comparing every row.
     */
    @SuppressWarnings("unchecked")
    public static List<ExternalFactCheck> similarTo(String claimReviewed) {
        return getEntityManager().createNativeQuery("""
                select * from external_fact_check
                where claim_reviewed % ?1 and similarity(claim_reviewed, ?1) > ?2 and removed_at is null
                order by similarity(claim_reviewed, ?1) desc limit 5""", ExternalFactCheck.class)
                .setParameter(1, claimReviewed)
                .setParameter(2, SIMILAR)
                .getResultList();
    }

    /** The row an import of {@code found} concerns: by its @id, else by its page and the claim reviewed. */
    static Optional<ExternalFactCheck> of(ClaimReviewImport.Found found) {
        if (found.id() != null) {
            Optional<ExternalFactCheck> byId = find("reviewId", found.id()).firstResultOptional();
            if (byId.isPresent()) {
                return byId;
            }
            return find("url = ?1 and claimReviewed = ?2 and reviewId is null", found.url(), found.claimReviewed())
                    .firstResultOptional();
        }
        return find("url = ?1 and claimReviewed = ?2 order by reviewId nulls first", found.url(),
                found.claimReviewed()).firstResultOptional();
    }

    /** What a removal concerns: the row with the removed item's @id, else those at its address. */
    static List<ExternalFactCheck> of(ClaimReviewImport.Removal removal) {
        return removal.id() != null ? list("reviewId", removal.id()) : list("url", removal.url());
    }

    /** Takes what {@code found} says. */
    void take(ClaimReviewImport.Found found) {
        reviewId = found.id() != null ? found.id() : reviewId;
        url = found.url();
        organisation = found.organisation();
        author = found.author();
        authorUrl = found.authorUrl();
        claimReviewed = found.claimReviewed();
        claimant = found.claimant();
        claimantTitle = found.claimantTitle();
        rating = found.rating();
        ratingValue = found.ratingValue();
        bestRating = found.bestRating();
        worstRating = found.worstRating();
        ratingExplanation = found.ratingExplanation();
        language = found.language();
        publishedOn = found.publishedOn();
        modifiedAt = found.modifiedAt();
        claimDate = found.claimDate();
        firstAppearance = found.firstAppearance();
        appearances = found.appearances();
        removedAt = null;
    }

    /** The fields as the history shows them, for before/after in the audit log. */
    Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("url", url);
        state.put("reviewId", reviewId);
        state.put("organisation", organisation);
        state.put("author", author);
        state.put("claimReviewed", claimReviewed);
        state.put("claimant", claimant);
        state.put("rating", rating);
        state.put("ratingValue", ratingValue);
        state.put("language", language);
        state.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        state.put("modifiedAt", modifiedAt == null ? null : modifiedAt.toString());
        state.put("claimDate", claimDate == null ? null : claimDate.toString());
        state.put("appearances", appearances.size());
        state.put("removedAt", removedAt == null ? null : removedAt.toString());
        return state;
    }
}
