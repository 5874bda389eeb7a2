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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
 * minute, measured); past the minute, the same password sent again waits for one request's check
 * ({@link #answer}) instead of each running bcrypt (the first burst after a quiet minute stalled for a
 * second). Changing an account forgets it at once. Plain rules, no framework.
 */
public final class RecentIdentities {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final Duration RECHECK_BEFORE = Duration.ofSeconds(15);
    private static final int MAX_ACCOUNTS = 10_000;

    /**
     * {@code password} is null when the identity came from the session cookie, not from a password check;
     * {@code recheckTaken} is set by the request chosen to have the password checked again, and {@code replaced}
     * completes when this entry is replaced or forgotten.
     */
    private record Known(SecurityIdentity identity, byte[] password, Instant until, AtomicBoolean recheckTaken,
            CompletableFuture<Void> replaced) {
    }

    private final Clock clock;
    private final byte[] salt = new byte[32];
    /** Kept apart: a page read for the session cookie must not put out what a password check kept. */
    private final Map<String, Known> bySession = new ConcurrentHashMap<>();
    private final Map<String, Known> byPassword = new ConcurrentHashMap<>();

    public RecentIdentities(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** The identity of a signed-in account (session cookie), as read within the last minute. */
    public Optional<SecurityIdentity> recall(String username) {
        return fresh(bySession, username).or(() -> fresh(byPassword, username)).map(Known::identity);
    }

    /** The identity bcrypt gave for exactly this password within the last minute, if any. */
    public Optional<SecurityIdentity> recall(String username, char[] password) {
        return fresh(byPassword, username).filter(entry -> matches(entry, password)).map(Known::identity);
    }

    /**
     * What to do with a password sent: answer with the identity bcrypt gave for it lately ({@code identity}),
     * have it checked by bcrypt (both null), or wait until another request's check of it is over ({@code checkOver}),
     * then {@link #recall(String, char[])} it.
     */
    public record Answer(SecurityIdentity identity, CompletionStage<Void> checkOver) {

        static final Answer CHECK = new Answer(null, null);
    }

    /**
     * One request is chosen to be checked again in the last {@link #RECHECK_BEFORE} of the minute, while the
     * others are still answered, and past the minute, while the others wait; any other password is checked.
     */
    public Answer answer(String username, char[] password) {
        Known entry = username == null ? null : byPassword.get(username);
        if (entry == null || !matches(entry, password)) {
            return Answer.CHECK;
        }
        Instant now = clock.instant();
        if (now.isBefore(entry.until().minus(RECHECK_BEFORE))) {
            return new Answer(entry.identity(), null);
        }
        if (entry.recheckTaken().compareAndSet(false, true)) {
            return Answer.CHECK;
        }
        return now.isAfter(entry.until()) ? new Answer(null, entry.replaced()) : new Answer(entry.identity(), null);
    }

    private boolean matches(Known entry, char[] password) {
        return entry.password() != null && MessageDigest.isEqual(entry.password(), digest(password));
    }

    /** Keeps an identity just read from the account store, with the password it was checked with, if any. */
    public void remember(String username, SecurityIdentity identity, char[] password) {
        Map<String, Known> known = password == null ? bySession : byPassword;
        if (known.size() >= MAX_ACCOUNTS) {
            forgetAll(); // bounded memory, whatever the number of accounts in use
        }
        replaced(known.put(username, new Known(identity, password == null ? null : digest(password),
                clock.instant().plus(LIFETIME), new AtomicBoolean(), new CompletableFuture<>())));
    }

    public void forget(String username) {
        replaced(bySession.remove(username));
        replaced(byPassword.remove(username));
    }

    private void forgetAll() {
        bySession.keySet().forEach(this::forget);
        byPassword.keySet().forEach(this::forget);
    }

    private static void replaced(Known entry) {
        if (entry != null) {
            entry.replaced().complete(null);
        }
    }

    private Optional<Known> fresh(Map<String, Known> known, String username) {
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
