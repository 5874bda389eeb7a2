package com.claimdesk.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.claimdesk.accounts.Account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One attributed statement to check: who said what, when, and where it appeared. */
@Entity
public class Claim extends PanacheEntity {

    /** schema.org and Google recommend a short "claim reviewed"; longer ones are allowed with a warning. */
    public static final int CLAIM_REVIEWED_RECOMMENDED = 75;

    /** The statement as it appeared: the quote or the paraphrase. */
    @Column(nullable = false, columnDefinition = "text")
    public String statement;

    /** What is checked, in a short sentence. */
    @Column(name = "claim_reviewed", nullable = false, length = 300)
    public String claimReviewed;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claimant_id", nullable = false)
    public Claimant claimant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimKind kind;

    @Column(name = "made_on")
    public LocalDate madeOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimStatus status;

    @Column(name = "dismissal_reason", length = 500)
    public String dismissalReason;

    /** Why the claim reviewed must be rewritten before research starts; null when it is fit as it is. */
    @Column(name = "rewrite_note", length = 300)
    public String rewriteNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(50)[]")
    public String[] tags = new String[0];

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    public Account assignee;

    /** The earlier claim this one repeats, whose verdict it can refer to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "same_as_id")
    public Claim sameAs;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seenOn, id")
    public List<Appearance> appearances = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public Optional<Appearance> firstAppearance() {
        return appearances.stream().findFirst();
    }

    public boolean claimReviewedTooLong() {
        return claimReviewed.length() > CLAIM_REVIEWED_RECOMMENDED;
    }

    public List<String> tagList() {
        return List.of(tags);
    }

    /** The values the audit log keeps before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("statement", statement);
        state.put("claimReviewed", claimReviewed);
        state.put("claimant", claimant == null ? null : claimant.name);
        state.put("kind", kind == null ? null : kind.name());
        state.put("madeOn", madeOn == null ? null : madeOn.toString());
        state.put("status", status == null ? null : status.name());
        state.put("dismissalReason", dismissalReason);
        state.put("rewriteNote", rewriteNote);
        state.put("tags", List.of(tags));
        state.put("assignee", assignee == null ? null : assignee.username);
        return state;
    }

    /**
     * The claim with everything its page shows, in one query. Not "distinct": Hibernate drops the repeated rows a
     * fetched collection brings, and PostgreSQL spent 3 ms planning a distinct over all 70 columns.
     */
    public static Optional<Claim> findForPage(long id) {
        return find("""
                select c from Claim c
                join fetch c.claimant left join fetch c.assignee left join fetch c.sameAs
                left join fetch c.appearances a left join fetch a.article
                where c.id = ?1""", id).singleResultOptional();
    }
}
