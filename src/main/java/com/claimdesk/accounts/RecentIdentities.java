package com.claimdesk.accounts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who signed in lately, and with which roles, kept for {@link #LIFETIME}: every page request with the session
 * cookie would otherwise read the account from PostgreSQL, and every API request with HTTP Basic would pay
 * the deliberate slowness of bcrypt (about 70 ms of CPU). For Basic, only a salted SHA-256 of a password
 * bcrypt accepted is kept, in memory; in the last {@link #RECHECK_BEFORE} of its minute, one request has its
 * password checked by bcrypt again while the others are still answered from memory, so that an API client's
 * concurrent requests do not all pay for bcrypt at once when the minute ends (a two-second stall every
 * minute, measured). Changing an account forgets it at once. Plain rules, no framework.
 */
public final class RecentIdentities {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final Duration RECHECK_BEFORE = Duration.ofSeconds(15);
    private static final int MAX_ACCOUNTS = 10_000;

    /**
     * {@code password} is null when the identity came from the session cookie, not from a password check;
     * {@code recheckTaken} is set by the request chosen to have the password checked again.
     */
    private record Known(SecurityIdentity identity, byte[] password, Instant until, AtomicBoolean recheckTaken) {
    }

    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public RecentIdentities(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** The identity of a signed-in account (session cookie), as read within the last minute. */
    public Optional<SecurityIdentity> recall(String username) {
        return fresh(username).map(Known::identity);
    }

    /**
     * The identity bcrypt gave for exactly this password within the last minute, if any; empty for the one
     * request that is to have it checked again near the minute's end.
     */
    public Optional<SecurityIdentity> recall(String username, char[] password) {
        return fresh(username).filter(entry -> entry.password() != null
                && MessageDigest.isEqual(entry.password(), digest(password)))
                .filter(entry -> clock.instant().isBefore(entry.until().minus(RECHECK_BEFORE))
                        || !entry.recheckTaken().compareAndSet(false, true))
                .map(Known::identity);
    }

    /** Keeps an identity just read from the account store, with the password it was checked with, if any. */
    public void remember(String username, SecurityIdentity identity, char[] password) {
        if (known.size() >= MAX_ACCOUNTS) {
            known.clear(); // bounded memory, whatever the number of accounts in use
        }
        known.put(username, new Known(identity, password == null ? null : digest(password),
                clock.instant().plus(LIFETIME), new AtomicBoolean()));
    }

    public void forget(String username) {
        known.remove(username);
    }

    private Optional<Known> fresh(String username) {
        Known entry = username == null ? null : known.get(username);
        return entry == null || clock.instant().isAfter(entry.until()) ? Optional.empty() : Optional.of(entry);
    }

    private byte[] digest(char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            sha.update(bytes);
            Arrays.fill(bytes.array(), (byte) 0);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
