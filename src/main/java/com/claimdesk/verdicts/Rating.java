package com.claimdesk.verdicts;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An entry of the rating scale: the text rating readers see, with an optional number. */
@Entity
public class Rating extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 60)
    public String label;

    /** The number ClaimReview carries as ratingValue; null for ratings outside the numbered scale. */
    @Column
    public Integer value;

    @Column(nullable = false, length = 1000)
    public String description;

    /** A CSS colour, #rrggbb. */
    @Column(nullable = false, length = 7)
    public String colour;

    @Column(nullable = false)
    public int position;

    /** A retired entry is kept for the verdicts that use it but offered for no new one. */
    @Column(nullable = false)
    public boolean retired;

    @Version
    @Column(nullable = false)
    public long version;

    public static List<Rating> scale() {
        return list("order by position, id");
    }

    public static List<Rating> offered() {
        return list("retired = false order by position, id");
    }

    /** The highest number on the scale: ClaimReview's bestRating. */
    public static Optional<Integer> best() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(r.value) from Rating r", Integer.class).getSingleResult());
    }

    /** The lowest number on the scale: ClaimReview's worstRating. */
    public static Optional<Integer> worst() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(r.value) from Rating r", Integer.class).getSingleResult());
    }

    /** How many published fact-checks carry a rating, as each was published (a later scale change aside). */
    public record Published(String label, Integer value, Integer best, long count) {
    }

    public static List<Published> published() {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select v.publication -> 'rating' ->> 'label', (v.publication -> 'rating' ->> 'value')::int,
                       (v.publication -> 'rating' ->> 'best')::int, count(*)
                  from verdict v where v.status = 'PUBLISHED' and not v.withdrawn
                 group by 1, 2, 3 order by 4 desc, 1, 2, 3""", Object[].class).getResultList();
        return rows.stream().map(row -> new Published((String) row[0], (Integer) row[1], (Integer) row[2],
                ((Number) row[3]).longValue())).toList();
    }

    public boolean inUse() {
        return Verdict.count("rating", this) > 0;
    }
}
