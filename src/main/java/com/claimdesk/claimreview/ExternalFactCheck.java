package com.claimdesk.claimreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A fact-check another organisation published, imported from its ClaimReview markup. */
@Entity
@Table(name = "external_fact_check")
public class ExternalFactCheck extends PanacheEntity {

    /** Similarity (pg_trgm, 0 to 1) from which another organisation's claim is shown as "also checked". */
    static final double SIMILAR = 0.3;

    /** The fact-check page's normalised address: one row per page. */
    @Column(nullable = false, unique = true, length = 2048)
    public String url;

    @Column(nullable = false, length = 200)
    public String organisation;

    @Column(name = "claim_reviewed", nullable = false, length = 1000)
    public String claimReviewed;

    @Column(length = 200)
    public String claimant;

    @Column(nullable = false, length = 200)
    public String rating;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "imported_by", nullable = false, length = 64)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** Other organisations' fact-checks of a claim worded like {@code claimReviewed}, closest first. */
    @SuppressWarnings("unchecked")
    public static List<ExternalFactCheck> similarTo(String claimReviewed) {
        return getEntityManager().createNativeQuery("""
                select * from external_fact_check
                where similarity(claim_reviewed, ?1) > ?2
                order by similarity(claim_reviewed, ?1) desc limit 5""", ExternalFactCheck.class)
                .setParameter(1, claimReviewed)
                .setParameter(2, SIMILAR)
                .getResultList();
    }
}
