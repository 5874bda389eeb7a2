package com.claimdesk.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The embedded server's only account gets a generated password, kept in its data folder (readable by its
 * owner only, like the session key), and the server admits no one without it: not over TCP on 127.0.0.1 or
 * ::1, not over its Unix socket. A cluster made before this (open to any local user) is locked on its next
 * start.
 */
final class ServerPassword {

    static final String FILE = "claimdesk-password";
    static final String ACCESS_RULES = """
            # Written by ClaimDesk at every start: every connection needs the password in claimdesk-password.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private final Path directory;
    private final String value;
    private final boolean established;

    private ServerPassword(Path directory, String value, boolean established) {
        this.directory = directory;
        this.value = value;
        this.established = established;
    }

    /** The password kept in the folder, or a new one for a cluster that has none yet. */
    static ServerPassword in(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return new ServerPassword(directory, Files.readString(file).trim(), true);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return new ServerPassword(directory, Base64.getUrlEncoder().withoutPadding().encodeToString(random), false);
    }

    String value() {
        return value;
    }

    /** Whether the server already asks for this password (the library then needs it to see the server up). */
    boolean established() {
        return established;
    }

    /**
     * Sets the password and the access rules on a running server, over a connection it let in. Idempotent, so
     * a start cut off halfway is finished by the next one.
     */
    void establish(Connection connection) throws SQLException, IOException {
        Path file = directory.resolve(FILE);
        if (!established) {
            Files.writeString(file, value);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        try (Statement statement = connection.createStatement()) {
            // The value is our own base64url text: nothing in it needs quoting.
            statement.execute("alter role " + EmbeddedDatabase.USER + " password '" + value + "'");
            Path rules = directory.resolve("pg_hba.conf");
            if (!ACCESS_RULES.equals(Files.readString(rules))) {
                Files.writeString(rules, ACCESS_RULES);
                statement.execute("select pg_reload_conf()");
            }
        }
    }
}
