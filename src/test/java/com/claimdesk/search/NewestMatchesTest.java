package com.claimdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.claims.Claimant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The newest matches are the same whether they lie among the newest rows read in order or further back, found
 * through the full-text index: the window is made small here so that both ways, and the seam between them, are
 * crossed with a few claims; 0 is the index alone.
 */
@QuarkusTest
class NewestMatchesTest {

    String word;
    /** The claims recorded, oldest first; every third one (and the two newest) has the word. */
    List<Claim> recorded = new ArrayList<>();
    List<Long> matching = new ArrayList<>();

    @BeforeEach
    void claims() {
        word = "quorvex" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Claimant claimant = ClaimFixtures.claimant("Newest " + word);
        for (int i = 0; i < 30; i++) {
            boolean matches = i % 3 == 0 || i >= 28;
            Claim claim = ClaimFixtures.claim(claimant,
                    matches ? "Claim " + i + " says " + word + " rose" : "Claim " + i + " says nothing of note");
            recorded.add(claim);
            if (matches) {
                matching.add(0, claim.id);
            }
        }
    }

    @Test
    void theNewestMatchesAreFoundWhateverPartOfThemTheNewestRowsHold() {
        NewestMatches found = NewestMatches.of("claim", "c", "english");
        for (int window : new int[] {0, 1, 2, 5, 7, 12, 30, 10_000}) {
            for (int limit : new int[] {1, 2, 3, 5, 12, 50}) {
                assertEquals(matching.subList(0, Math.min(limit, matching.size())), ids(found, limit, window, null),
                        "newest " + limit + " with the newest " + window + " rows read first");
            }
        }
    }

    @Test
    void filtersApplyOnBothSidesOfTheSeam() {
        List<Long> researching = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < recorded.size(); i += 6) {
                Claim claim = Claim.findById(recorded.get(i).id);
                claim.status = ClaimStatus.RESEARCHING;
                researching.add(0, claim.id);
            }
        });
        NewestMatches found = new NewestMatches("claim", "c", "c.id, c.search_vector, c.status", "", "english",
                " and c.status = :status", List.of());
        for (int window : new int[] {0, 1, 4, 13, 10_000}) {
            assertEquals(researching.subList(0, 3), ids(found, 3, window, ClaimStatus.RESEARCHING),
                    "with the newest " + window + " rows read first");
        }
    }

    @Test
    void theNewestRowsAreReadInOrderOnlyWhenTheSampleSaysTheWantedMatchesLieAmongThem() {
        // 101 wanted within half of the 20,000 rows read at most: one row in 99 must match, 10.1 of the 1,000 sampled.
        assertEquals(0, NewestMatches.readInOrder(0, 101));
        assertEquals(0, NewestMatches.readInOrder(10, 101));
        assertEquals(NewestMatches.READ_IN_ORDER_AT_MOST, NewestMatches.readInOrder(11, 101));
        assertEquals(NewestMatches.READ_IN_ORDER_AT_MOST, NewestMatches.readInOrder(1_000, 101));
    }

    @Test
    void theSampleCountsTheMatchesAmongTheNewestRowsUpToAsManyAsTheChoiceNeeds() {
        NewestMatches found = NewestMatches.of("claim", "c", "english");
        assertEquals(matching.size(), sampled(found, 1_000), "a thousand wanted need 100 in the sample: all counted");
        assertEquals(6, sampled(found, 51), "51 wanted need 6 in the sample: counting stops there");
        assertEquals("0", NewestMatches.indexed("article", "a", "english").sample(101));
    }

    private long sampled(NewestMatches found, int wanted) {
        Object sampled = QuarkusTransaction.requiringNew().call(() -> Claim.getEntityManager()
                .createNativeQuery("select " + found.sample(wanted)).setParameter("q", word).getSingleResult());
        return ((Number) sampled).longValue();
    }

    private List<Long> ids(NewestMatches found, int limit, int window, ClaimStatus status) {
        EntityManager entityManager = Claim.getEntityManager();
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(found.newest(limit, window)).setParameter("q", word);
            if (status != null) {
                query.setParameter("status", status.name());
            }
            List<Long> ids = new ArrayList<>();
            for (Object id : query.getResultList()) {
                ids.add(((Number) id).longValue());
            }
            return ids;
        });
    }
}
