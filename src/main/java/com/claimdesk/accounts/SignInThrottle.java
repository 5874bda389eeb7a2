package com.claimdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@link #FREE_FAILURES} failed sign-ins from one address within
 * {@link #WINDOW}, each further attempt must wait, twice as long after every new failure (at most
 * {@link #LONGEST_WAIT}). A successful sign-in clears the address. Plain rules, no framework.
 */
public final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must wait before trying again; zero when it may try now. */
    public Duration waitFor(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(at -> at.isBefore(now.minus(WINDOW)));
            int over = recent.size() - FREE_FAILURES;
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(over, 16));
            wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            Duration left = Duration.between(now, recent.peekLast().plus(wait));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    public void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear(); // a flood of addresses must not grow memory without bound
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > FREE_FAILURES + 20) {
                recent.removeFirst();
            }
        }
    }

    public void succeeded(String address) {
        failures.remove(address);
    }
}
