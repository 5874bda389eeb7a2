package com.claimdesk.quotes;

import java.time.Instant;
import java.util.ArrayList;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.claimdesk.claims.Claim;
import com.claimdesk.sources.Source;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A claim's quote compared with a primary source, as the reviewer confirmed or overrode it. Everything the claim
 * page shows is stored here (passage, context, edits, speaker), so showing a check never aligns again.
 */
@Entity
@Table(name = "quote_check")
public class QuoteCheck extends PanacheEntity {

    public static final int MAX_NOTE = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Source source;

    @Column(name = "source_sha256", nullable = false, length = 64)
    public String sourceSha256;

    @Column(nullable = false, columnDefinition = "text")
    public String quote;

    @Column(nullable = false)
    public boolean found;

    @Column(name = "start_offset")
    public Integer start;

    @Column(name = "end_offset")
    public Integer end;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<QuoteAligner.Span> parts = new ArrayList<>();

    @Column(columnDefinition = "text")
    public String passage;

    @Column(name = "context_before", length = 2000)
    public String contextBefore;

    @Column(name = "context_after", length = 2000)
    public String contextAfter;

    @Column(name = "speaker_in_source", length = 200)
    public String speakerInSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_verdict", nullable = false, length = 20)
    public SpeakerVerdict speakerVerdict;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<QuoteAligner.Edit> edits = new ArrayList<>();

    @Column(name = "negation_changed", nullable = false)
    public boolean negationChanged;

    @Column(nullable = false)
    public double similarity;

    @Column(name = "time_start")
    public Double timeStart;

    @Column(name = "time_end")
    public Double timeEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_label", nullable = false, length = 20)
    public QuoteLabel suggestedLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteLabel label;

    @Column(length = MAX_NOTE)
    public String note;

    /** The evidence this check was cited as, once it is. */
    @Column(name = "evidence_id")
    public Long evidenceId;

    @Column(name = "checked_by", nullable = false, length = 64)
    public String checkedBy;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** How the turn's speaker compares with the claimant; CONFIRMED when a reviewer said "same person". */
    public enum SpeakerVerdict {
        SAME("same person"), OTHER("someone else"), UNKNOWN("cannot tell"), CONFIRMED("same person, as a reviewer confirmed");

        public final String label;

        SpeakerVerdict(String label) {
            this.label = label;
        }
    }

    public boolean overridden() {
        return label != suggestedLabel;
    }

    public boolean cited() {
        return evidenceId != null;
    }

    /** The edits with a change of negation first: they flip what was said. */
    public List<EditView> editViews() {
        return EditView.ordered(edits);
    }

    /** The values the audit log keeps. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", source.id);
        state.put("sourceTitle", source.title);
        state.put("quote", quote);
        state.put("passage", found ? start + "–" + end : null);
        state.put("suggestedLabel", suggestedLabel.key());
        state.put("label", label.key());
        state.put("edits", edits.size());
        state.put("note", note);
        state.put("evidence", evidenceId);
        return state;
    }

    /** A claim's checks with their sources, newest first, in one query. */
    public static List<QuoteCheck> forClaim(long claimId) {
        return find("from QuoteCheck q join fetch q.source where q.claim.id = ?1 order by q.checkedAt desc, q.id desc",
                claimId).list();
    }
}
