package com.claimdesk.audit;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the audit log. Callers record in the same transaction as the change they describe, so a change
 * and its entry are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    /** Something recorded about an entity; {@code before} is null for a creation, {@code after} for a removal. */
    public void record(String actor, String action, String entityType, long entityId, Long claimId, String summary,
            Map<String, Object> before, Map<String, Object> after) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.claimId = claimId;
        entry.summary = summary.length() > 500 ? summary.substring(0, 497) + "…" : summary;
        entry.before = before;
        entry.after = after;
        entry.persist();
    }
}
