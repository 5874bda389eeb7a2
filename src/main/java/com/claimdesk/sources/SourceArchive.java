package com.claimdesk.sources;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The archived copy of a source, kept apart so that listing sources never loads it. */
@Entity
@Table(name = "source_archive")
public class SourceArchive extends PanacheEntityBase {

    /** Largest archived copy accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @Column(name = "source_id")
    public Long sourceId;

    @Column(nullable = false)
    public byte[] content;

    /** Whether the stored bytes still hash to what was recorded when they were archived. */
    public boolean matches(String sha256) {
        return sha256(content).equals(sha256);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
