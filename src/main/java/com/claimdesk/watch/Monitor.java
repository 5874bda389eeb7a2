package com.claimdesk.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import com.claimdesk.claimreview.ExternalFactCheck;
import com.claimdesk.claims.Claimant;
import com.claimdesk.extraction.Candidate;
import com.claimdesk.extraction.CandidateStatus;
import com.claimdesk.extraction.Extractions;
import com.claimdesk.extraction.Statement;
import com.claimdesk.extraction.StatementKind;
import com.claimdesk.search.SimilarClaims;

/**
 * The morning list: statements found in watched articles since the reader last looked, ranked by
 * {@link MonitorRanking}, and the reviewer's decisions on them in bulk (through {@link Extractions}, as on an
 * article's page). Every method must run in a transaction.
 */
@ApplicationScoped
public class Monitor {

    /** Statements the list weighs at most, newest first; the rest wait until these are cleared. */
    static final int CONSIDERED = 100;

    /** Statements one bulk decision takes at most, so that it ends well within its transaction's time. */
    static final int MAX_PICKS = Extractions.ACCEPT_BATCH;

    /** A fact-check already published, ours or another organisation's, that a statement repeats. */
    public record CheckedBefore(String organisation, String claimReviewed, String rating, String link) {
    }

    /** A line of the list. */
    public record Item(long candidateId, long version, String content, String speaker, StatementKind kind,
            long articleId, String headline, String outlet, Instant found, String tag, String watch, int score,
            List<String> reasons, List<CheckedBefore> checkedBefore) {

        /** What the checkbox sends: the statement and the version the reader saw. */
        public String pick() {
            return candidateId + ":" + version;
        }
    }

    /** What a bulk decision did. */
    public record Decision(int accepted, int dismissed, int alreadyDecided, int needSpeaker) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Extractions extractions;

    /** The list for {@code username}, ranked, highest first; newer first among equals. */
    public List<Item> items(String username, MonitorFilter filter, StatementKind kind) {
        Instant since = filter.everything() ? Instant.EPOCH : MonitorReader.lookedAt(username);
        StringBuilder where = new StringBuilder("""
                select c from Candidate c join fetch c.article a
                where c.status = :open and a.addedAt > :since
                  and exists (select 1 from WatchedItem i where i.article = a""");
        Map<String, Object> parameters = new HashMap<>(Map.of("open", CandidateStatus.OPEN, "since", since));
        if (!filter.tag().isEmpty()) {
            where.append(" and lower(i.watch.tag) = lower(:tag)");
            parameters.put("tag", filter.tag());
        }
        where.append(")");
        if (!filter.outlet().isEmpty()) {
            where.append(" and lower(a.outlet) = lower(:outlet)");
            parameters.put("outlet", filter.outlet());
        }
        if (!filter.speaker().isEmpty()) {
            where.append(" and lower(c.speaker) like :speaker escape '\\'");
            parameters.put("speaker", "%" + filter.speaker().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (kind != null) {
            where.append(" and c.kind = :kind");
            parameters.put("kind", kind);
        }
        where.append(" order by a.addedAt desc, c.start");
        TypedQuery<Candidate> query = entityManager.createQuery(where.toString(), Candidate.class);
        parameters.forEach(query::setParameter);
        List<Candidate> candidates = query.setMaxResults(CONSIDERED).getResultList();
        Map<Long, Object[]> watches = watchesOf(candidates);
        Map<String, Boolean> onRecord = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<CheckedBefore> checked = checkedBefore(candidate.draftClaimReviewed());
            boolean named = candidate.speakerKnown() && !Statement.ARTICLE_SPEAKER.equals(candidate.speaker)
                    && candidate.speakerConfidence >= Statement.CONFIDENT;
            boolean known = named && onRecord.computeIfAbsent(candidate.speaker,
                    speaker -> speaker.length() <= 200 && Claimant.findByNameOrAlias(speaker).isPresent());
            MonitorRanking.Signals signals = new MonitorRanking.Signals(!checked.isEmpty(),
                    !candidate.figures.isEmpty(), named, candidate.kind == StatementKind.DENIAL, known);
            Object[] watch = watches.getOrDefault(candidate.article.id, new Object[] {null, null});
            items.add(new Item(candidate.id, candidate.version, candidate.content,
                    candidate.speakerKnown() ? candidate.claimantName() : null, candidate.kind, candidate.article.id,
                    candidate.article.headline, candidate.article.outlet, candidate.article.addedAt,
                    (String) watch[0], (String) watch[1], MonitorRanking.score(signals),
                    MonitorRanking.reasons(signals), checked));
        }
        items.sort(Comparator.comparingInt(Item::score).reversed()
                .thenComparing(Comparator.comparing(Item::found).reversed()));
        return items;
    }

    /**
     * How many statements were found in watched articles since {@code :me} last cleared the list: an expression,
     * read with the inbox's count ({@code web/HeaderCounts}).
     */
    public static final String NEW_COUNT = """
            (select count(*) from candidate c join article a on a.id = c.article_id
              where c.status = 'OPEN'
                and a.added_at > coalesce((select r.looked_at from monitor_reader r where r.username = :me),
                                          'epoch'::timestamptz)
                and exists (select 1 from watch_item i where i.article_id = a.id))""";

    /** What was found until {@code until} is no longer new to {@code username}. */
    public void lookedAt(String username, Instant until) {
        MonitorReader reader = MonitorReader.findById(username);
        if (reader == null) {
            reader = new MonitorReader();
            reader.username = username;
            reader.lookedAt = until;
            reader.persist();
        } else if (until.isAfter(reader.lookedAt)) {
            reader.lookedAt = until;
        }
    }

    /**
     * Accepts or dismisses the statements picked ("id:version" each), as a reviewer would one by one on the
     * article's page. A statement decided or changed since the reader saw it is left as it is; one whose
     * speaker is unknown is left for the reader to complete.
     */
    public Decision decide(List<String> picks, boolean accept, String username) {
        int accepted = 0;
        int dismissed = 0;
        int alreadyDecided = 0;
        int needSpeaker = 0;
        for (String pick : picks) {
            Optional<Candidate> found = candidate(pick);
            if (found.isEmpty()) {
                alreadyDecided++;
                continue;
            }
            Candidate candidate = found.get();
            if (!accept) {
                extractions.dismiss(candidate, username);
                dismissed++;
            } else if (candidate.speakerKnown() && extractions.accept(candidate, username).ok()) {
                accepted++;
            } else {
                needSpeaker++;
            }
        }
        return new Decision(accepted, dismissed, alreadyDecided, needSpeaker);
    }

    /** The open candidate a pick names, at the version the reader saw; empty when it has moved on. */
    private static Optional<Candidate> candidate(String pick) {
        String[] parts = pick == null ? new String[0] : pick.strip().split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Candidate candidate = Candidate.find("from Candidate c join fetch c.article where c.id = ?1",
                Long.parseLong(parts[0])).firstResult();
        return candidate != null && candidate.open() && candidate.version == Long.parseLong(parts[1])
                ? Optional.of(candidate) : Optional.empty();
    }

    /** Published fact-checks the statement repeats: ours (linked to the verdict) and other organisations'. */
    private static List<CheckedBefore> checkedBefore(String claimReviewed) {
        List<CheckedBefore> checked = new ArrayList<>();
        for (SimilarClaims.Match match : SimilarClaims.to(claimReviewed, null)) {
            if (match.rating() != null) {
                checked.add(new CheckedBefore(null, match.claimReviewed(), match.rating(),
                        "/fact-checks/" + match.claimId()));
            }
        }
        for (ExternalFactCheck external : ExternalFactCheck.similarTo(claimReviewed)) {
            checked.add(new CheckedBefore(external.organisation, external.claimReviewed, external.rating,
                    external.url));
        }
        return checked;
    }

    /** Each article's watch (its tag and title), in one query. */
    private Map<Long, Object[]> watchesOf(List<Candidate> candidates) {
        Map<Long, Object[]> watches = new LinkedHashMap<>();
        List<Long> articles = candidates.stream().map(c -> c.article.id).distinct().toList();
        if (articles.isEmpty()) {
            return watches;
        }
        entityManager.createQuery("""
                select i.article.id, w.tag, w.title from WatchedItem i join i.watch w
                where i.article.id in :articles order by i.id""", Object[].class)
                .setParameter("articles", articles).getResultList()
                .forEach(row -> watches.putIfAbsent((Long) row[0], new Object[] {row[1], row[2]}));
        return watches;
    }
}
