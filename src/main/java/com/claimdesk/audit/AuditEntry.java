package com.claimdesk.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One change on record: who, when, what, and the values before and after. Never changed once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntity {

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 64)
    public String actor;

    /** What happened, e.g. "claim.status", "verdict.published". */
    @Column(nullable = false, length = 60)
    public String action;

    @Column(name = "entity_type", nullable = false, length = 30)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public long entityId;

    /** The claim the change belongs to, for the claim's timeline; null for changes outside any claim. */
    @Column(name = "claim_id")
    public Long claimId;

    @Column(nullable = false, length = 500)
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> after;

    /** A claim's timeline, oldest first. */
    public static List<AuditEntry> forClaim(long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }

    /**
     * Whether this person signed in before the sign-in of their current visit: two sign-ins on record. (The
     * current one is written just after it happens, so at worst a returning person is greeted as new.)
     */
    public static boolean signedInBefore(String username) {
        return find("actor = ?1 and action = 'account.signed-in'", username).range(0, 1).list().size() > 1;
    }

    /** The fields that differ between before and after, for showing a change compactly. */
    public List<String> changedFields() {
        if (before == null || after == null) {
            return List.of();
        }
        return after.keySet().stream()
                .filter(key -> !Objects.equals(String.valueOf(before.get(key)), String.valueOf(after.get(key))))
                .sorted().toList();
    }
}
