package com.claimdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The few settings needed before Quarkus starts, read the way Quarkus would read them: system property
 * first, then environment variable.
 */
record LaunchSettings(Path dataDir, boolean externalDatabaseConfigured, Optional<String> sessionKey) {

    static final String SESSION_KEY_PROPERTY = "quarkus.http.auth.session.encryption-key";

    static LaunchSettings fromEnvironment() {
        Path dataDir = setting("claimdesk.data-dir")
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".claimdesk", "data"));
        return new LaunchSettings(dataDir.toAbsolutePath(),
                setting("quarkus.datasource.jdbc.url").isPresent(),
                setting(SESSION_KEY_PROPERTY));
    }

    Path databaseDirectory() {
        return dataDir.resolve("postgres");
    }

    /**
     * Sign-in cookies are encrypted with this key. Without a configured one, a key kept in the data folder
     * lets people stay signed in across restarts.
     */
    void applySessionKey() {
        if (sessionKey.isPresent()) {
            return;
        }
        Path keyFile = dataDir.resolve("session.key");
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            }
            System.setProperty(SESSION_KEY_PROPERTY, Files.readString(keyFile).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the session key in " + keyFile, e);
        }
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(name));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** {@code claimdesk.data-dir} is {@code CLAIMDESK_DATA_DIR}, whatever the machine's locale (Turkish has a dotted I). */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
