package com.claimdesk.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a password must be. Demo accounts are the one exception, and they say so when the app starts. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // bcrypt ignores what comes after 72 bytes

    private static final Set<String> COMMON = Set.of("password", "password1", "1234567890", "qwertyuiop",
            "letmein123", "claimdesk", "administrator", "factchecker");

    private PasswordPolicy() {
    }

    /** Why {@code password} is refused for {@code username}, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " bytes (about " + MAX_LENGTH + " letters).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name.");
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("This password is too easy to guess.");
        }
        return Optional.empty();
    }
}
