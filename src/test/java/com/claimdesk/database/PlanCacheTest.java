package com.claimdesk.database;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import com.claimdesk.claims.ClaimFilter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Native queries find their plans again. Hibernate 7.2 caches the plan of a native query given a basic result
 * type (Long.class) under a key that never matches again: every claims page added one more, and once the cache
 * was full each native query searched its 2,000 entries (a fifth of the claims list's CPU at a million claims).
 */
@QuarkusTest
class PlanCacheTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theClaimsPageQueriesFindTheirPlansAgain() {
        Statistics statistics = sessionFactory.getStatistics();
        QuarkusTransaction.requiringNew().run(() -> ClaimFilter.all().page());
        long missesBefore = statistics.getQueryPlanCacheMissCount();
        for (int i = 0; i < 50; i++) {
            QuarkusTransaction.requiringNew().run(() -> ClaimFilter.all().page());
        }
        long misses = statistics.getQueryPlanCacheMissCount() - missesBefore;
        // Background jobs run queries of their own meanwhile; a leak would add at least one miss per page.
        assertTrue(misses < 10, misses + " plan cache misses for 50 identical claims pages");
    }
}
