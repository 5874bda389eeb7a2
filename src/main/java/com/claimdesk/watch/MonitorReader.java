package com.claimdesk.watch;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When a reader last cleared the Monitor: statements found after that are new to them. */
@Entity
@Table(name = "monitor_reader")
public class MonitorReader extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String username;

    @Column(name = "looked_at", nullable = false)
    public Instant lookedAt;

    /** When {@code username} last cleared the Monitor; never yet reads as the beginning of time. */
    static Instant lookedAt(String username) {
        MonitorReader reader = findById(username);
        return reader == null ? Instant.EPOCH : reader.lookedAt;
    }
}
