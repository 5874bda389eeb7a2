package com.claimdesk.extraction;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.claimdesk.articles.Article;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimKind;
import com.claimdesk.claims.ClaimantType;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A statement the extraction engine found in an article: a claim a reviewer may record. */
@Entity
public class Candidate extends PanacheEntity {

    /** Words that mark a speaker as an organisation rather than a person. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "government", "department", "office",
            "agency", "council", "committee", "commission", "police", "army", "military", "kremlin", "house",
            "company", "corporation", "inc", "ltd", "party", "union", "association", "court", "university",
            "statement", "spokesman", "spokeswoman", "spokesperson", "administration", "embassy", "bank", "nasa",
            "nato", "un", "eu", "who", "fbi", "cia", "board", "authority", "service", "institute", "organisation",
            "organization", "federation", "club", "team", "newspaper", "network");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public StatementKind kind;

    @Column(nullable = false, columnDefinition = "text")
    public String content;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(length = 200)
    public String speaker;

    @Column(length = 100)
    public String cue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Figure> figures = List.of();

    /** How sure the engine was of the speaker, 0..1 (see {@link Statement#CONFIDENT}). */
    @Column(name = "speaker_confidence", nullable = false)
    public double speakerConfidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CandidateStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @Column(name = "decided_by", length = 64)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    @Column(nullable = false)
    public long version;

    static Candidate of(Article article, Statement statement) {
        Candidate candidate = new Candidate();
        candidate.article = article;
        candidate.kind = statement.kind();
        candidate.content = statement.content();
        candidate.start = statement.start();
        candidate.end = statement.end();
        candidate.speaker = statement.speaker() == null ? null : truncate(statement.speaker(), 200);
        candidate.cue = statement.cue() == null || statement.cue().isEmpty() ? null : truncate(statement.cue(), 100);
        candidate.figures = statement.figures();
        candidate.speakerConfidence = statement.speakerConfidence();
        candidate.status = CandidateStatus.OPEN;
        return candidate;
    }

    public boolean open() {
        return status == CandidateStatus.OPEN;
    }

    /** Whether a claim can be recorded from this candidate without asking the reviewer who said it. */
    public boolean speakerKnown() {
        return speaker != null && !speaker.isBlank();
    }

    /**
     * Whether the engine is sure enough of the speaker for a claim to be recorded without the reviewer picking it;
     * "Accept all" leaves the others for the reviewer.
     */
    public boolean speakerSure() {
        return speakerKnown() && speakerConfidence >= Statement.CONFIDENT;
    }

    /** The claimant to record: the outlet for the article's own assertions. */
    public String claimantName() {
        if (Statement.ARTICLE_SPEAKER.equals(speaker)) {
            return article.outlet != null ? article.outlet : "Unknown outlet";
        }
        return speaker;
    }

    /** A first guess that a reviewer corrects on the claimant page when it is wrong. */
    public ClaimantType claimantType() {
        return Statement.ARTICLE_SPEAKER.equals(speaker) ? ClaimantType.ORGANISATION : typeOf(speaker);
    }

    /** A claimant called {@code name}: a person unless a word says otherwise or the name is one word ("Russia"). */
    static ClaimantType typeOf(String name) {
        if (!name.contains(" ")) {
            return ClaimantType.ORGANISATION;
        }
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ORGANISATION_WORDS.contains(word)) {
                return ClaimantType.ORGANISATION;
            }
        }
        return ClaimantType.PERSON;
    }

    public ClaimKind claimKind() {
        return switch (kind) {
            case DIRECT -> ClaimKind.DIRECT_QUOTE;
            case INDIRECT, MIXED -> ClaimKind.PARAPHRASE;
            case DENIAL -> ClaimKind.DENIAL;
            case ASSERTION, DOCUMENT -> figures.isEmpty() ? ClaimKind.OTHER : ClaimKind.FIGURE;
            case BELIEF -> ClaimKind.OTHER;
        };
    }

    /** A first "claim reviewed" naming the speaker as found; {@link #wording} for the claimant as matched. */
    public String draftClaimReviewed() {
        return wording(speakerKnown() && !Statement.ARTICLE_SPEAKER.equals(speaker) ? speaker : null).text();
    }

    /** The first "claim reviewed" when {@code claimant} (null: nobody) is recorded as having made it. */
    public ClaimWording.Wording wording(String claimant) {
        boolean nobody = claimant == null || Statement.ARTICLE_SPEAKER.equals(speaker);
        return ClaimWording.of(kind, content, nobody ? null : claimant,
                !nobody && typeOf(claimant) == ClaimantType.ORGANISATION);
    }

    /** The name under which the article page shows a problem with merging this candidate. */
    public String mergeField() {
        return "merge-" + id;
    }

    /** Whether a passage [start, end) covers at least half of this candidate. */
    public boolean coveredBy(int passageStart, int passageEnd) {
        int overlap = Math.min(end, passageEnd) - Math.max(start, passageStart);
        return overlap * 2 >= end - start;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
