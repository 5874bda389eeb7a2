package com.claimdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RefusedSignInsTest {

    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void refusalsAreCountedPerAddressAndMinuteAndTakenOnceTheMinuteIsOver() {
        RefusedSignIns refused = new RefusedSignIns();
        for (int i = 0; i < 1_000; i++) {
            refused.refused("203.0.113.9", NINE.plusMillis(i * 50L)); // 50 s of a flood
        }
        refused.refused("198.51.100.1", NINE.plusSeconds(30));
        refused.refused("203.0.113.9", NINE.plusSeconds(61));

        assertTrue(refused.collect(NINE.plusSeconds(59)).isEmpty(), "the minute still counts");
        List<RefusedSignIns.Count> over = refused.collect(NINE.plusSeconds(62));
        assertEquals(2, over.size());
        assertTrue(over.contains(new RefusedSignIns.Count("203.0.113.9", NINE, 1_000)));
        assertTrue(over.contains(new RefusedSignIns.Count("198.51.100.1", NINE, 1)));
        assertTrue(refused.collect(NINE.plusSeconds(62)).isEmpty(), "each count is taken once");
        assertEquals(List.of(new RefusedSignIns.Count("203.0.113.9", NINE.plusSeconds(60), 1)),
                refused.collect(NINE.plusSeconds(120)));
    }
}
