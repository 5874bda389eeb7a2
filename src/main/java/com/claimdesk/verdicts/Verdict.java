package com.claimdesk.verdicts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.claimdesk.claimreview.Publication;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.Claimant;
import com.claimdesk.sources.Evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One revision of a claim's fact-check: rating, conclusion, explanation and the evidence it rests on. A
 * published revision is never edited; a correction is a new revision.
 */
@Entity
public class Verdict extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @Column(nullable = false)
    public int revision;

    /** The published revision this one corrects; null for the first. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id")
    public Verdict corrects;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rating_id")
    public Rating rating;

    @Column(nullable = false, length = 300)
    public String conclusion;

    @Column(nullable = false, columnDefinition = "text")
    public String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public VerdictStatus status;

    /** A retraction: the correction withdraws the verdict instead of rating the claim again. */
    @Column(nullable = false)
    public boolean withdrawn;

    /** What changed, when and why: public on the fact-check page for every revision after the first. */
    @Column(name = "correction_note", length = 2000)
    public String correctionNote;

    /** The editor's comment when changes were requested, kept until the next submission. */
    @Column(name = "editor_comment", length = 2000)
    public String editorComment;

    @ManyToMany
    @JoinTable(name = "verdict_evidence", joinColumns = @JoinColumn(name = "verdict_id"),
            inverseJoinColumns = @JoinColumn(name = "evidence_id"))
    public Set<Evidence> evidence = new HashSet<>();

    @Column(nullable = false, length = 64)
    public String author;

    @Column(name = "last_edited_by", nullable = false, length = 64)
    public String lastEditedBy;

    /** Everyone who changed this revision's text, its author first: none of them may review it. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(64)[]")
    public List<String> editors = new ArrayList<>();

    @Column(name = "submitted_by", length = 64)
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "approved_by", length = 64)
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "published_by", length = 64)
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** What readers see of this revision, frozen when it is published; null before. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Publication publication;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The revision currently being worked on or last reached for a claim: the highest one. */
    public static Optional<Verdict> latestFor(Claim claim) {
        return find("from Verdict v left join fetch v.rating where v.claim = ?1 order by v.revision desc", claim)
                .firstResultOptional();
    }

    /** Every revision of a claim's verdict, newest first. */
    public static List<Verdict> revisionsOf(Claim claim) {
        return list("from Verdict v left join fetch v.rating where v.claim = ?1 order by v.revision desc", claim);
    }

    /** The newest revisions that cite this source among their evidence, each with its claim and rating. */
    public static List<Verdict> restingOn(long sourceId) {
        return find("""
                select distinct v from Verdict v join v.evidence e join fetch v.claim c left join fetch v.rating
                where e.source.id = ?1 and v.revision = (select max(v2.revision) from Verdict v2 where v2.claim = c)
                order by v.id desc""", sourceId).page(0, 50).list();
    }

    /** The newest revision on each of a claimant's claims, with its claim and rating. */
    public static List<Verdict> onClaimsOf(Claimant claimant) {
        return find("""
                select v from Verdict v join fetch v.claim c left join fetch v.rating
                where c.claimant = ?1 and v.revision = (select max(v2.revision) from Verdict v2 where v2.claim = c)
                order by v.id desc""", claimant).page(0, 50).list();
    }

    /** The revision with everything its pages show, in one query. */
    public static Optional<Verdict> findForPage(long id) {
        return find("""
                select distinct v from Verdict v join fetch v.claim c join fetch c.claimant
                left join fetch v.rating left join fetch v.evidence e left join fetch e.source
                where v.id = ?1""", id).singleResultOptional();
    }

    /** Counts {@code username} among the people who wrote this revision. */
    public void editedBy(String username) {
        if (!editors.contains(username)) {
            editors = new ArrayList<>(editors);
            editors.add(username);
        }
        lastEditedBy = username;
    }

    /** The values the audit log keeps before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("revision", revision);
        state.put("status", status.name());
        state.put("rating", rating == null ? null : rating.label);
        state.put("conclusion", conclusion);
        state.put("explanation", explanation);
        state.put("withdrawn", withdrawn);
        state.put("correctionNote", correctionNote);
        state.put("editorComment", editorComment);
        state.put("evidence", evidence.stream().map(e -> e.id).sorted().toList());
        state.put("lastEditedBy", lastEditedBy);
        state.put("editors", List.copyOf(editors));
        return state;
    }
}
