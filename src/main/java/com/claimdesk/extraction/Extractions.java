package com.claimdesk.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.claimdesk.articles.Article;
import com.claimdesk.articles.ArticleKind;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.articles.ArticleAdded;
import com.claimdesk.claims.Appearance;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimInput;
import com.claimdesk.claims.ClaimRecorded;
import com.claimdesk.claims.ClaimRecords;
import com.claimdesk.claims.Claimant;

/**
 * Runs the extraction engine over articles and carries out reviewers' decisions on what it found. Every
 * method must run in a transaction.
 */
@ApplicationScoped
public class Extractions {

    private final StatementExtractor extractor = new StatementExtractor();

    @Inject
    ClaimRecords records;

    @Inject
    AuditLog audit;

    /** What the engine finds in {@code text}, with speakers named as the claimants already on record. */
    public List<Statement> extract(String text) {
        return extractor.extract(text, knownSpeakers());
    }

    /** Keeps what the engine finds in a new article as open candidates. */
    void extractFrom(@Observes ArticleAdded event) {
        Article article = event.article();
        List<Statement> found = article.kind == ArticleKind.TRANSCRIPT
                ? TranscriptTurns.statements(article.text, extractor, knownSpeakers()) : extract(article.text);
        for (Statement statement : found) {
            Candidate.of(event.article(), statement).persist();
        }
    }

    /** A claim recorded from a passage settles the open candidates it covers. */
    void settle(@Observes ClaimRecorded event) {
        Appearance appearance = event.appearance();
        if (appearance.article == null) {
            return;
        }
        // Only the candidates the passage overlaps: an article may hold thousands.
        List<Candidate> open = Candidate.list("article = ?1 and status = ?2 and start < ?3 and end > ?4",
                appearance.article, CandidateStatus.OPEN, appearance.end, appearance.start);
        for (Candidate candidate : open) {
            if (candidate.coveredBy(appearance.start, appearance.end)) {
                decide(candidate, CandidateStatus.ACCEPTED, event.claim(), event.claim().createdBy);
            }
        }
    }

    /** Records the candidate as a claim, as the engine read it. */
    public ClaimRecords.Outcome accept(Candidate candidate, String username) {
        return accept(candidate, namesIn(candidate.article), username);
    }

    private ClaimRecords.Outcome accept(Candidate candidate, Collection<String> namesInArticle, String username) {
        String claimant = claimantFor(candidate, namesInArticle);
        ClaimWording.Wording wording = candidate.wording(claimant);
        ClaimRecords.Outcome outcome = records.create(claimInput(candidate, claimant, wording), username,
                wording.rewriteNote());
        if (outcome.ok()) {
            decide(candidate, CandidateStatus.ACCEPTED, outcome.claim(), username);
        }
        return outcome;
    }

    /** The claim form's fields as the candidate fills them, for a reviewer to correct before recording. */
    public static ClaimInput claimInput(Candidate candidate) {
        String claimant = claimantFor(candidate, namesIn(candidate.article));
        return claimInput(candidate, claimant, candidate.wording(claimant));
    }

    private static ClaimInput claimInput(Candidate candidate, String claimant, ClaimWording.Wording wording) {
        Article article = candidate.article;
        String published = article.publishedOn == null ? null : article.publishedOn.toString();
        String type = claimant == null ? null : Statement.ARTICLE_SPEAKER.equals(candidate.speaker)
                ? candidate.claimantType().name() : Candidate.typeOf(claimant).name();
        return new ClaimInput(candidate.content, wording.text(), claimant, type, candidate.claimKind().name(),
                published, null, null, String.valueOf(article.id), null, String.valueOf(candidate.start),
                String.valueOf(candidate.end), published);
    }

    /**
     * Whom to record as the candidate's claimant: the outlet for its own assertions, else the claimant on record
     * or the fullest name in the article that the speaker names (never a second record of the same person); null
     * when no speaker was found.
     */
    static String claimantFor(Candidate candidate, Collection<String> namesInArticle) {
        if (!candidate.speakerKnown()) {
            return null;
        }
        if (Statement.ARTICLE_SPEAKER.equals(candidate.speaker)) {
            return candidate.claimantName();
        }
        String key = ClaimantMatch.key(candidate.speaker);
        List<ClaimantMatch.Known> onRecord = key.isEmpty() ? List.of()
                : Claimant.possiblyNamed(candidate.speaker, key).stream()
                        .map(c -> new ClaimantMatch.Known(c.name, c.aliases)).toList();
        return ClaimantMatch.nameFor(candidate.speaker, namesInArticle, onRecord);
    }

    /** The speakers the engine found in the article and the claimants recorded from it. */
    static List<String> namesIn(Article article) {
        List<String> names = new ArrayList<>(Candidate.getEntityManager().createQuery("""
                select distinct c.speaker from Candidate c
                where c.article = ?1 and c.speaker is not null and c.speaker <> ?2""", String.class)
                .setParameter(1, article).setParameter(2, Statement.ARTICLE_SPEAKER).getResultList());
        names.addAll(Claim.getEntityManager().createQuery("""
                select distinct c.claimant.name from Claim c join c.appearances ap where ap.article = ?1""",
                String.class).setParameter(1, article).getResultList());
        return names;
    }

    /** Adds the candidate's passage as another appearance of a claim already on record. */
    public void merge(Candidate candidate, Claim claim, String username) {
        Appearance appearance = new Appearance();
        appearance.claim = claim;
        appearance.article = candidate.article;
        appearance.start = candidate.start;
        appearance.end = candidate.end;
        appearance.seenOn = Optional.ofNullable(candidate.article.publishedOn).orElse(LocalDate.now());
        appearance.createdAt = Instant.now();
        appearance.persist();
        claim.appearances.add(appearance);
        claim.updatedAt = appearance.createdAt;
        decide(candidate, CandidateStatus.MERGED, claim, username);
        audit.record(username, "appearance.added", "appearance", appearance.id, claim.id,
                "Another appearance: " + candidate.article.headline + " (" + candidate.start + "–" + candidate.end + ")",
                null, Map.of("article", candidate.article.id, "start", candidate.start, "end", candidate.end));
    }

    public void dismiss(Candidate candidate, String username) {
        decide(candidate, CandidateStatus.DISMISSED, null, username);
        audit.record(username, "candidate.dismissed", "candidate", candidate.id, null,
                "Found statement dismissed in " + candidate.article.headline, null,
                Map.of("content", candidate.content, "article", candidate.article.id));
    }

    /**
     * Claims one "accept all" records at most. An article can hold thousands of found statements; recording them
     * all in one transaction outlasts its timeout (10,485 took over a minute). Each press records the next batch,
     * whole or not at all.
     */
    public static final int ACCEPT_BATCH = 200;

    /**
     * What a bulk accept did: claims recorded, statements with a sure speaker still waiting for the next press,
     * statements whose speaker is uncertain (the reviewer picks it), and statements left for a reviewer (no
     * speaker found, or not recordable as found). States of mind are never accepted in bulk.
     */
    public record BulkOutcome(int accepted, long waiting, long unsure, long left) {
    }

    /** Accepts the next {@link #ACCEPT_BATCH} open statements of the article whose speaker is sure. */
    public BulkOutcome acceptAll(Article article, String username) {
        List<String> namesInArticle = namesIn(article);
        int accepted = 0;
        int failed = 0;
        Candidate last = null;
        while (accepted < ACCEPT_BATCH) {
            List<Candidate> page = Candidate.find("""
                    article = ?1 and status = ?2 and trim(speaker) <> '' and speakerConfidence >= ?5 and kind <> ?6
                    and (start > ?3 or (start = ?3 and id > ?4))
                    order by start, id""", article, CandidateStatus.OPEN, last == null ? -1 : last.start,
                    last == null ? -1L : last.id, Statement.CONFIDENT, StatementKind.BELIEF)
                    .range(0, ACCEPT_BATCH - accepted - 1).list();
            if (page.isEmpty()) {
                break;
            }
            for (Candidate candidate : page) {
                if (!candidate.open()) {
                    continue; // settled meanwhile by a claim recorded from an overlapping candidate
                }
                if (accept(candidate, namesInArticle, username).ok()) {
                    accepted++;
                } else {
                    failed++;
                }
            }
            last = page.get(page.size() - 1);
        }
        String open = "article = ?1 and status = ?2 and kind <> ?3";
        long sure = Candidate.count(open + " and trim(speaker) <> '' and speakerConfidence >= ?4", article,
                CandidateStatus.OPEN, StatementKind.BELIEF, Statement.CONFIDENT);
        long unsure = Candidate.count(open + " and trim(speaker) <> '' and speakerConfidence < ?4", article,
                CandidateStatus.OPEN, StatementKind.BELIEF, Statement.CONFIDENT);
        long all = Candidate.count(open, article, CandidateStatus.OPEN, StatementKind.BELIEF);
        return new BulkOutcome(accepted, sure - failed, unsure, all - sure - unsure + failed);
    }

    private static void decide(Candidate candidate, CandidateStatus status, Claim claim, String username) {
        candidate.status = status;
        candidate.claim = claim;
        candidate.decidedBy = username;
        candidate.decidedAt = Instant.now();
    }

    /**
     * Speaker names as the claimants on record call them. Looked up one name at a time: there may be many
     * claimants, and an article mentions few of them.
     */
    private static KnownSpeakers knownSpeakers() {
        Map<String, Optional<String>> seen = new HashMap<>();
        return alias -> seen.computeIfAbsent(KnownSpeakers.key(alias),
                key -> alias.isBlank() || alias.length() > 200 ? Optional.empty()
                        : Claimant.findByNameOrAlias(alias).map(claimant -> claimant.name));
    }
}
