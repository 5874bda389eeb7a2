package com.claimdesk.sources;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import com.claimdesk.claims.Claim;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A source linked to a claim: whether it supports, contradicts or explains it, the excerpt that matters and
 * the reviewer's note. Unlinking keeps the row (removedAt) so the record of the research is never lost.
 */
@Entity
public class Evidence extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Stance stance;

    @Column(length = 5000)
    public String excerpt;

    /** Where in the source the excerpt stands: a page, a paragraph, a timestamp. */
    @Column(length = 200)
    public String location;

    @Column(length = 4000)
    public String note;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "removed_by", length = 64)
    public String removedBy;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean linked() {
        return removedAt == null;
    }

    /** The values the audit log keeps before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", source.id);
        state.put("sourceTitle", source.title);
        state.put("stance", stance.name());
        state.put("excerpt", excerpt);
        state.put("location", location);
        state.put("note", note);
        state.put("linked", linked());
        return state;
    }

    /** The evidence currently linked to a claim, with its sources, in one query. */
    public static List<Evidence> linkedTo(Claim claim) {
        return find("from Evidence e join fetch e.source where e.claim = ?1 and e.removedAt is null order by e.id",
                claim).list();
    }

    /** Evidence once linked to a claim and since unlinked: shown as the research's history. */
    public static List<Evidence> unlinkedFrom(Claim claim) {
        return find("from Evidence e join fetch e.source where e.claim = ?1 and e.removedAt is not null"
                + " order by e.removedAt desc", claim).list();
    }

    /** The claim page's evidence panel: linked evidence by stance, every stance present even when empty. */
    public static Map<Stance, List<Evidence>> byStance(List<Evidence> evidence) {
        Map<Stance, List<Evidence>> grouped = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            grouped.put(stance, evidence.stream().filter(e -> e.stance == stance).toList());
        }
        return grouped;
    }
}
