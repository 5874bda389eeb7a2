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

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Passwords bcrypt has accepted lately, so that an API client sending HTTP Basic with every request pays the
 * deliberate slowness of bcrypt (about 70 ms of CPU) once a minute rather than every time. Only a salted
 * SHA-256 of the password is kept, in memory, for {@link #LIFETIME}; changing an account forgets it at once.
 * Plain rules, no framework.
 */
public final class CheckedPasswords {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final int MAX_ACCOUNTS = 10_000;

    private record Checked(byte[] digest, SecurityIdentity identity, Instant until) {
    }

    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    public CheckedPasswords(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** The identity bcrypt gave for exactly this password within the last minute, if any. */
    public Optional<SecurityIdentity> recall(String username, char[] password) {
        Checked entry = username == null ? null : checked.get(username);
        if (entry == null || clock.instant().isAfter(entry.until())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.digest(), digest(password)) ? Optional.of(entry.identity())
                : Optional.empty();
    }

    public void remember(String username, char[] password, SecurityIdentity identity) {
        if (checked.size() >= MAX_ACCOUNTS) {
            checked.clear(); // bounded memory, whatever the number of accounts in use
        }
        checked.put(username, new Checked(digest(password), identity, clock.instant().plus(LIFETIME)));
    }

    public void forget(String username) {
        checked.remove(username);
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
