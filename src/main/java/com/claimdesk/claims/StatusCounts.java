package com.claimdesk.claims;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.claimdesk.database.KeyLock;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * The claims list's counts per status. Without filters they are the counts kept by the database (migration
 * V023: every statement that adds, moves or removes claims records its change per status), exact and a few rows
 * to read. Filtered counts are counted, and kept for a few seconds: counting a million claims by status takes
 * about 150 ms, the list itself 3 ms, and a count a few seconds old serves a reader as well. When they go stale,
 * one request counts again while the others keep showing the counts of a moment ago, so that a busy list never
 * counts the same thing many times at once.
 */
@ApplicationScoped
public class StatusCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 1000;

    private record Counted(Instant at, Map<ClaimStatus, Long> counts, AtomicBoolean recounting) {
        Counted(Map<ClaimStatus, Long> counts) {
            this(Instant.now(), counts, new AtomicBoolean());
        }
    }

    private final Map<ClaimFilter, Counted> recent = new ConcurrentHashMap<>();

    public Map<ClaimStatus, Long> of(ClaimFilter filter) {
        ClaimFilter key = filter.withAfter(null);
        if (key.unfiltered()) {
            return kept();
        }
        Counted counted = recent.get(key);
        if (counted == null) {
            if (recent.size() >= MAX_ENTRIES) {
                recent.clear();
            }
            return recent.computeIfAbsent(key, k -> new Counted(k.countsByStatus())).counts();
        }
        if (counted.at().plus(FRESH_FOR).isBefore(Instant.now()) && counted.recounting().compareAndSet(false, true)) {
            Counted fresh;
            try {
                fresh = new Counted(key.countsByStatus());
            } catch (RuntimeException e) {
                counted.recounting().set(false); // let the next request try again
                throw e;
            }
            // The stale entry stays marked: a request still holding it must not count again.
            recent.put(key, fresh);
            return fresh.counts();
        }
        return counted.counts();
    }

    /** Every claim's status, counted from the changes the database recorded. */
    public static Map<ClaimStatus, Long> kept() {
        return ClaimStatus.counted(Panache.getEntityManager().createNativeQuery(
                "select status, sum(change) from claim_status_change group by status").getResultList());
    }

    /**
     * Folds the recorded changes into one row per status, so that reading them stays a few rows however many
     * claims change. One instance at a time; a fold that finds the lock taken leaves it to the other.
     */
    @Scheduled(every = "${claimdesk.jobs.status-counts-fold-every}", concurrentExecution = ConcurrentExecution.SKIP)
    @Transactional
    public void fold() {
        if (KeyLock.tryHold("claim_status_change", "fold")) {
            Panache.getEntityManager().createNativeQuery("""
                    with folded as (delete from claim_status_change returning status, change)
                    insert into claim_status_change (status, change)
                    select status, sum(change) from folded group by status""").executeUpdate();
        }
    }
}
