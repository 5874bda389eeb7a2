package com.claimdesk.claims;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The claims list's counts per status, kept for a few seconds. Counting a million claims by status takes
 * about 150 ms; the list itself takes 3 ms, and a count a few seconds old serves a reader as well.
 */
@ApplicationScoped
public class StatusCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 1000;

    private record Counted(Instant at, Map<ClaimStatus, Long> counts) {
    }

    private final Map<ClaimFilter, Counted> recent = new ConcurrentHashMap<>();

    public Map<ClaimStatus, Long> of(ClaimFilter filter) {
        ClaimFilter key = filter.withAfter(null);
        Instant now = Instant.now();
        Counted counted = recent.get(key);
        if (counted != null && counted.at().plus(FRESH_FOR).isAfter(now)) {
            return counted.counts();
        }
        if (recent.size() >= MAX_ENTRIES) {
            recent.clear();
        }
        Map<ClaimStatus, Long> counts = key.countsByStatus();
        recent.put(key, new Counted(now, counts));
        return counts;
    }
}
