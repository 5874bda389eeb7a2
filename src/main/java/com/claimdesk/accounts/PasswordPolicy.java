package com.claimdesk.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be. Demo accounts are the one exception, and they say so when the app starts.
 * <p>
 * Common passwords come from {@code accounts/common-passwords.txt} (the 30,000 passwords of zxcvbn's
 * frequency list, see {@code accounts/SOURCES.md}), compared without regard to case; a password that is a
 * common one followed by digits or punctuation ({@code iloveyou123}, {@code Sunshine2024!}) counts as common
 * too, as that is the first variation guessers try.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // bcrypt ignores what comes after 72 bytes

    /** A stem this short ("abc" of "abc4821907") says little about the password; only whole matches count. */
    private static final int MIN_STEM = 4;

    /** Words every guesser tries on a newsroom's tool, which a general list does not have. */
    private static final Set<String> NEWSROOM = Set.of("claimdesk", "factchecker", "factcheck", "newsroom",
            "administrator");

    static final Set<String> COMMON = load("/accounts/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for {@code username}, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " bytes (about " + MAX_LENGTH + " letters).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name.");
        }
        if (common(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("This password is too easy to guess.");
        }
        return Optional.empty();
    }

    /** Whether a lower-case password is on the list, as it is or without the digits and marks it ends with. */
    static boolean common(String lower) {
        if (COMMON.contains(lower) || NEWSROOM.contains(lower)) {
            return true;
        }
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        String stem = lower.substring(0, end);
        return stem.length() >= MIN_STEM && end < lower.length() && (COMMON.contains(stem) || NEWSROOM.contains(stem));
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            Set<String> passwords = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
