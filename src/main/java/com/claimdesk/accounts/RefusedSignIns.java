package com.claimdesk.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-ins refused unheard (429) counted per address and minute, so that a flood from one address writes one
 * line per minute into the append-only audit log instead of one per request. Plain rules, no framework.
 */
public final class RefusedSignIns {

    /** {@code count} sign-ins refused from {@code address} in the minute starting at {@code minute}. */
    public record Count(String address, Instant minute, int count) {
    }

    /** Past this many addresses in one minute, the rest are summed under one line rather than kept apart. */
    static final int MAX_ADDRESSES = 10_000;
    static final String MANY_ADDRESSES = "other addresses";

    private record Key(String address, Instant minute) {
    }

    private final Map<Key, Integer> counting = new ConcurrentHashMap<>();

    public void refused(String address, Instant at) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        Key key = new Key(address, minute);
        if (counting.size() >= MAX_ADDRESSES && !counting.containsKey(key)) {
            key = new Key(MANY_ADDRESSES, minute);
        }
        counting.merge(key, 1, Integer::sum);
    }

    /** Takes the counts of the minutes that are over at {@code now}; the current minute keeps counting. */
    public List<Count> collect(Instant now) {
        Instant current = now.truncatedTo(ChronoUnit.MINUTES);
        List<Count> over = new ArrayList<>();
        for (Key key : counting.keySet()) {
            if (key.minute().isBefore(current)) {
                Integer count = counting.remove(key);
                if (count != null) {
                    over.add(new Count(key.address(), key.minute(), count));
                }
            }
        }
        return over;
    }
}
