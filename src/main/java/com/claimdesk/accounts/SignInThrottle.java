package com.claimdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a number of free failed sign-ins by one key (an address, or an account) within
 * {@link #WINDOW}, each further attempt must wait, twice as long after every new failure (at most
 * {@link #LONGEST_WAIT}). A successful sign-in clears the key. Plain rules, no framework.
 */
public final class SignInThrottle {

    /** Free failures per account: a person mistyping their own password a few times. */
    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    /** Free failures per address: higher, as a whole newsroom may share one address. */
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int freeFailures;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, int freeFailures) {
        this.clock = clock;
        this.freeFailures = freeFailures;
    }

    /** How long {@code key} must wait before trying again; zero when it may try now. */
    public Duration waitFor(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(at -> at.isBefore(now.minus(WINDOW)));
            int over = recent.size() - freeFailures;
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(over, 16));
            wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
            Duration left = Duration.between(now, recent.peekLast().plus(wait));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    public void failed(String key) {
        if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
            // A flood of made-up names or addresses must neither grow memory without bound nor wipe the
            // failures of the keys under attack: forget only what is past the window, else leave the new key out.
            Instant forgotten = clock.instant().minus(WINDOW);
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    return recent.isEmpty() || recent.peekLast().isBefore(forgotten);
                }
            });
            if (failures.size() >= MAX_KEYS) {
                return;
            }
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > freeFailures + 20) {
                recent.removeFirst();
            }
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }
}
