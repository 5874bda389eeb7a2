package com.claimdesk.search;

import java.util.List;
import java.util.function.ToDoubleFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import com.claimdesk.claims.ClaimRecorded;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Finds the similar claims of each claim recorded or reworded, in the background, so that no page does it: its
 * own list, its place in the lists of the claims it resembles (a new claim shows up on the older ones' pages),
 * and its score in the lists that already hold it. Claims are queued in {@code similar_claims_due} (by the
 * recording transaction, or by a trigger when a claim is reworded); instances share the queue row by row
 * ({@code skip locked}), so two never work on one claim.
 */
@ApplicationScoped
public class SimilarClaimsRefresh {

    private static final int BATCH = 20;

    /** In the recording transaction: the claim is due as soon as it is committed, and not if it is not. */
    void due(@Observes ClaimRecorded recorded) {
        Panache.getEntityManager()
                .createNativeQuery("insert into similar_claims_due (claim_id) values (?1) on conflict do nothing")
                .setParameter(1, recorded.claim().id).executeUpdate();
    }

    @Scheduled(every = "${claimdesk.jobs.similar-claims-every}", concurrentExecution = ConcurrentExecution.SKIP)
    public void refreshDue() {
        while (QuarkusTransaction.requiringNew().call(this::refreshBatch) > 0) {
            // one transaction a batch: a long queue never holds its locks for long
        }
    }

    int refreshBatch() {
        EntityManager em = Panache.getEntityManager();
        // No result class (Long.class): see ClaimFilter.page, Hibernate would cache each run's plan anew.
        List<Long> due = ((List<?>) em.createNativeQuery("""
                select claim_id from similar_claims_due order by due_at, claim_id limit ?1 for update skip locked""")
                .setParameter(1, BATCH).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        for (long claimId : due) {
            refresh(em, claimId);
            em.createNativeQuery("delete from similar_claims_due where claim_id = ?1").setParameter(1, claimId)
                    .executeUpdate();
        }
        return due.size();
    }

    private static void refresh(EntityManager em, long claimId) {
        List<?> text = em.createNativeQuery("select claim_reviewed from claim where id = ?1")
                .setParameter(1, claimId).getResultList();
        if (text.isEmpty()) {
            return;
        }
        String claimReviewed = (String) text.get(0);
        List<SimilarClaims.Match> matches = SimilarClaims.to(claimReviewed, claimId);
        SimilarClaims.keep(claimId, matches);

        // Lists that hold this claim: its words may have changed, so its score there is worked out again.
        List<Object[]> holders = em.createNativeQuery("""
                select s.claim_id, c.claim_reviewed from similar_claim s join claim c on c.id = s.claim_id
                where s.similar_id = ?1""").setParameter(1, claimId).getResultList();
        for (Object[] holder : holders) {
            placeIn(em, ((Number) holder[0]).longValue(), (String) holder[1], claimId, claimReviewed, "words");
        }
        // The older claims it resembles list it too, if their lists are kept and it is among their closest.
        for (SimilarClaims.Match match : matches) {
            if (SimilarClaims.found(match.claimId())) {
                placeIn(em, match.claimId(), match.claimReviewed(), claimId, claimReviewed, match.reason());
            }
        }
    }

    /** Puts {@code claimId} in {@code holderId}'s list with its score from the holder's side, or takes it out. */
    private static void placeIn(EntityManager em, long holderId, String holderText, long claimId, String text,
            String reason) {
        ToDoubleFunction<String> scorer = ClaimSimilarity.against(holderText);
        double score = scorer.applyAsDouble(text);
        if (score < ClaimSimilarity.THRESHOLD) {
            em.createNativeQuery("delete from similar_claim where claim_id = ?1 and similar_id = ?2")
                    .setParameter(1, holderId).setParameter(2, claimId).executeUpdate();
            return;
        }
        em.createNativeQuery("""
                insert into similar_claim (claim_id, similar_id, score, reason) values (?1, ?2, ?3, ?4)
                on conflict (claim_id, similar_id) do update set score = excluded.score""")
                .setParameter(1, holderId).setParameter(2, claimId).setParameter(3, score).setParameter(4, reason)
                .executeUpdate();
        em.createNativeQuery("""
                delete from similar_claim where claim_id = ?1 and similar_id not in (
                    select similar_id from similar_claim where claim_id = ?1 order by score desc, similar_id limit ?2)""")
                .setParameter(1, holderId).setParameter(2, SimilarClaims.SHOWN).executeUpdate();
    }
}
