package com.claimdesk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.claimdesk.claims.ClaimStatus;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * "Possibly already checked": the claims on record closest to a new one. PostgreSQL gathers candidates from the
 * full-text index (its most telling words), or by letter trigrams (GiST index) when words find none;
 * {@link ClaimSimilarity} decides.
 */
public final class SimilarClaims {

    private static final int CANDIDATES = 100;
    private static final int SHOWN = 5;

    /** A claim on record like the one given, with its score and, when it has one, its published rating. */
    public record Match(long claimId, String claimReviewed, String claimant, ClaimStatus status, String rating,
            double score) {
        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    private SimilarClaims() {
    }

    public static List<Match> to(String claimReviewed, Long except) {
        if (claimReviewed.isBlank()) {
            return List.of();
        }
        // The longest words are the rarest and say most about a claim: first claims with all of them, then
        // with any of them, from the full-text index; letter trigrams only when words find nothing.
        List<String> telling = Arrays.stream(claimReviewed.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 4).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(4).toList();
        List<Object[]> rows = telling.isEmpty() ? List.of() : byWords(String.join(" ", telling), except);
        if (rows.size() < SHOWN && telling.size() > 1) {
            rows = byWords(String.join(" or ", telling), except);
        }
        if (rows.isEmpty()) {
            rows = byTrigrams(claimReviewed, except);
        }
        ToDoubleFunction<String> scorer = ClaimSimilarity.against(claimReviewed);
        List<Match> matches = new ArrayList<>();
        for (Object[] row : rows) {
            double score = scorer.applyAsDouble((String) row[1]);
            if (score >= ClaimSimilarity.THRESHOLD) {
                matches.add(new Match(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        ClaimStatus.valueOf((String) row[3]), (String) row[4], score));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches.size() > SHOWN ? matches.subList(0, SHOWN) : matches;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> byWords(String words, Long except) {
        return Panache.getEntityManager().createNativeQuery(SELECT + """
                where c.search_vector @@ websearch_to_tsquery('english', f_unaccent(?1)) and c.id <> ?2
                order by ts_rank_cd(c.search_vector, websearch_to_tsquery('english', f_unaccent(?1))) desc
                limit ?3""")
                .setParameter(1, words)
                .setParameter(2, except == null ? -1L : except)
                .setParameter(3, CANDIDATES)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> byTrigrams(String claimReviewed, Long except) {
        return Panache.getEntityManager().createNativeQuery(SELECT + """
                where c.id <> ?2
                order by f_unaccent(lower(c.claim_reviewed)) <-> f_unaccent(lower(?1))
                limit ?3""")
                .setParameter(1, claimReviewed)
                .setParameter(2, except == null ? -1L : except)
                .setParameter(3, CANDIDATES)
                .getResultList();
    }

    private static final String SELECT = """
            select c.id, c.claim_reviewed, cl.name, c.status,
                   (select r.label from verdict v join rating r on r.id = v.rating_id
                     where v.claim_id = c.id and v.status = 'PUBLISHED') as rating
            from claim c join claimant cl on cl.id = c.claimant_id
            """;
}
