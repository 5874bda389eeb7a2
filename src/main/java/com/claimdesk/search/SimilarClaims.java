package com.claimdesk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.claimdesk.claims.ClaimStatus;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * "Possibly already checked": the claims on record closest to a new one. PostgreSQL gathers candidates from the
 * full-text index (its most telling words), or by letter trigrams (GiST index) when words find none;
 * {@link ClaimSimilarity} decides. A recorded claim's list is found once and kept (migration V024): when the
 * claim is recorded or reworded ({@link SimilarClaimsRefresh}), or on its first view when it came in another way
 * (a bulk load); its page reads the kept rows.
 */
public final class SimilarClaims {

    private static final int CANDIDATES = 100;
    static final int SHOWN = 5;
    private static final String WORDS = "words";
    private static final String LETTERS = "letters";

    /** A claim on record like the one given, with its score and, when it has one, its published rating. */
    public record Match(long claimId, String claimReviewed, String claimant, ClaimStatus status, String rating,
            double score, String reason) {
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
        String reason = WORDS;
        if (rows.isEmpty()) {
            rows = byTrigrams(claimReviewed, except);
            reason = LETTERS;
        }
        ToDoubleFunction<String> scorer = ClaimSimilarity.against(claimReviewed);
        List<Match> matches = new ArrayList<>();
        for (Object[] row : rows) {
            double score = scorer.applyAsDouble((String) row[1]);
            if (score >= ClaimSimilarity.THRESHOLD) {
                matches.add(new Match(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        ClaimStatus.valueOf((String) row[3]), (String) row[4], score, reason));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches.size() > SHOWN ? matches.subList(0, SHOWN) : matches;
    }

    /** A recorded claim's list: the kept one, or found now and kept when it has none yet. */
    public static List<Match> of(long claimId, String claimReviewed) {
        if (found(claimId)) {
            return kept(claimId);
        }
        List<Match> matches = to(claimReviewed, claimId);
        QuarkusTransaction.requiringNew().run(() -> keep(claimId, matches));
        return matches;
    }

    static boolean found(long claimId) {
        return !Panache.getEntityManager().createNativeQuery("select 1 from similar_claims_found where claim_id = ?1")
                .setParameter(1, claimId).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<Match> kept(long claimId) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select c.id, c.claim_reviewed, cl.name, c.status,
                       (select r.label from verdict v join rating r on r.id = v.rating_id
                         where v.claim_id = c.id and v.status = 'PUBLISHED') as rating, s.score, s.reason
                from similar_claim s join claim c on c.id = s.similar_id join claimant cl on cl.id = c.claimant_id
                where s.claim_id = ?1 order by s.score desc, c.id limit ?2""")
                .setParameter(1, claimId)
                .setParameter(2, SHOWN)
                .getResultList();
        return rows.stream().map(row -> new Match(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                ClaimStatus.valueOf((String) row[3]), (String) row[4], ((Number) row[5]).doubleValue(),
                (String) row[6])).toList();
    }

    /** Replaces a claim's kept list. Concurrent first views of one claim keep the same rows, once. */
    static void keep(long claimId, List<Match> matches) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("delete from similar_claim where claim_id = ?1").setParameter(1, claimId).executeUpdate();
        for (Match match : matches) {
            em.createNativeQuery("""
                    insert into similar_claim (claim_id, similar_id, score, reason) values (?1, ?2, ?3, ?4)
                    on conflict (claim_id, similar_id) do update set score = excluded.score, reason = excluded.reason""")
                    .setParameter(1, claimId).setParameter(2, match.claimId()).setParameter(3, match.score())
                    .setParameter(4, match.reason()).executeUpdate();
        }
        em.createNativeQuery("""
                insert into similar_claims_found (claim_id, found_at) values (?1, now())
                on conflict (claim_id) do update set found_at = excluded.found_at""")
                .setParameter(1, claimId).executeUpdate();
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
