package com.claimdesk.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A list of web addresses brought in together, one article each, in the background ({@link AddressImports}). */
@Entity
@Table(name = "address_import")
public class AddressImport extends PanacheEntity {

    /** Addresses in one list, at most: a morning's reading, not a crawl. */
    public static final int MAX_ADDRESSES = 500;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the last address was done; null while some wait. */
    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(nullable = false)
    public int total;

    public boolean finished() {
        return finishedAt != null;
    }
}
