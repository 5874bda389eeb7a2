package com.claimdesk.search;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.claims.ClaimantType;
import com.claimdesk.verdicts.VerdictStatus;
import com.claimdesk.web.RichText;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.RawString;

/**
 * Full-text search over everything a newsroom records, ranked by PostgreSQL (websearch syntax: words, "a phrase",
 * -excluded, or), accents ignored, with the matching words marked in a snippet.
 */
@Singleton // no client proxy: tests fill the search places directly
public class Search {

    public static final int MAX_QUERY = 500;
    public static final int PER_KIND = 20;

    /** What is searched. */
    public enum Kind {
        CLAIMS("Claims"), CLAIMANTS("Claimants"), ARTICLES("Articles"), SOURCES("Sources"), VERDICTS("Verdicts");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Narrowing claims (and the verdicts on them). */
    public record Filters(ClaimStatus status, String rating, Long claimantId, String tag, LocalDate from,
            LocalDate to) {
        public static Filters none() {
            return new Filters(null, null, null, null, null, null);
        }
    }

    /** One hit: where it leads, its title, a snippet with the matching words marked, and a note. */
    public record Hit(String link, String title, RawString snippet, String note) {
    }

    /**
     * What a search found. A count above {@link #COUNTED_UP_TO} means "more than that"; the counts per status are
     * empty when the claims found were more than that.
     */
    public record Results(Map<Kind, List<Hit>> hits, Map<Kind, Long> counts, Map<ClaimStatus, Long> statusCounts,
            boolean onlyExclusions) {

        /** What a query that only says what to leave out gets: nothing searched. */
        static Results nothingToLookFor() {
            return new Results(Map.of(), Map.of(), Map.of(), true);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public boolean countedAll() {
            return counts.values().stream().allMatch(count -> count <= COUNTED_UP_TO);
        }

        /** "37", or "more than 500". */
        public String count(Kind kind) {
            long count = counts.get(kind);
            return count > COUNTED_UP_TO ? String.format(Locale.ROOT, "more than %,d", COUNTED_UP_TO)
                    : String.valueOf(count);
        }
    }

    /** Matches counted exactly up to this many, and the newest this many ranked; a page says "more than" beyond. */
    public static final int COUNTED_UP_TO = 100;

    /** Marks PostgreSQL puts around matching words; control characters nobody types, replaced after escaping. */
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** Statuses as people read them, spelt out in SQL so that a hit needs no second look-up. */
    private static final String CLAIM_STATUS_LABEL = labels("c.status",
            Arrays.stream(ClaimStatus.values()).collect(Collectors.toMap(Enum::name, s -> s.label)));
    private static final String CLAIMANT_TYPE_LABEL = labels("c.type",
            Arrays.stream(ClaimantType.values()).collect(Collectors.toMap(Enum::name, t -> t.label)));
    private static final String VERDICT_STATUS_LABEL = labels("v.status",
            Arrays.stream(VerdictStatus.values()).collect(Collectors.toMap(Enum::name, s -> s.label)));

    /**
     * A claim is also found by its claimant's name or alias ("stoltenberg" lists what he said), the claim's words
     * still counting for the rest of the query ("stoltenberg -troops" leaves those out). The claimants' name words
     * are kept and indexed (V025), in the claims' configuration so that they stem alike. It is a separate
     * statement in a union: in one condition joined by "or", PostgreSQL could use neither the primary key's order
     * nor the full-text index alone, and read every match (0.2 s for a common word at a million claims).
     */
    private static final String BY_CLAIMANT_NAME = "c.claimant_id = any(array(select n.id from claimant n where"
            + " n.name_words @@ q)) and (c.search_vector || (select n.name_words from claimant n"
            + " where n.id = c.claimant_id)) @@ q";

    @Inject
    EntityManager entityManager;

    /** Held by each running search: search gets part of the connection pool, never all of it. */
    final Semaphore running;

    private final long statementTimeoutMillis;

    @Inject
    Search(ClaimDeskConfig config) {
        running = new Semaphore(config.search().concurrent(), true);
        statementTimeoutMillis = config.search().statementTimeout().toMillis();
    }

    /**
     * Whether the query only says what to leave out ("-a -b"), or has a part that does ("a or -b"): such a
     * query matches nearly everything, and every row would have to be read to rank it.
     */
    private static final String ONLY_EXCLUDES = """
            querytree(websearch_to_tsquery('english', f_unaccent(:q))) = 'T'
                or querytree(websearch_to_tsquery('simple', f_unaccent(:q))) = 'T'""";

    /**
     * The results; or {@link Results#nothingToLookFor} for a query that only says what to leave out (see
     * {@link #ONLY_EXCLUDES}: refused before anything is read); or empty when as many searches as allowed are
     * running and none ends within a second. Each statement is cancelled after the configured time (an exception
     * {@link #timedOut} recognises).
     */
    public Optional<Results> run(String query, Filters filters) {
        try {
            if (!running.tryAcquire(1, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                // One plan kept per statement: each way of finding rows is written out (NewestMatches), so planning
                // them anew for each query's words (4 ms a search) chose nothing better. No parallel workers: they
                // would fetch the older matches of "newest" before the newer ones ran out.
                Object[] settings = (Object[]) entityManager.createNativeQuery(
                        "select set_config('statement_timeout', :ms, true),"
                                + " set_config('plan_cache_mode', 'force_generic_plan', true),"
                                + " set_config('max_parallel_workers_per_gather', '0', true), " + ONLY_EXCLUDES)
                        .setParameter("ms", String.valueOf(statementTimeoutMillis)).setParameter("q", query)
                        .getSingleResult();
                return Boolean.TRUE.equals(settings[3]) ? Results.nothingToLookFor() : runAll(query, filters);
            }));
        } finally {
            running.release();
        }
    }

    /** Whether {@code failure} is PostgreSQL cancelling a statement that ran past its time. */
    public static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Results runAll(String query, Filters filters) {
        String claimFilter = claimConditions(filters);
        List<KindSearch> kinds = List.of(
                new KindSearch(Kind.CLAIMS, new NewestMatches("claim", "c",
                        "c.id, c.search_vector, c.claimant_id, c.status, c.tags, c.made_on", "", "english", claimFilter,
                        List.of(BY_CLAIMANT_NAME + claimFilter)), """
                        '/claims/' || c.id, c.claim_reviewed, ts_headline('english', c.statement, q, :options),
                        cl.name || ' · ' || """ + CLAIM_STATUS_LABEL, "join claimant cl on cl.id = c.claimant_id"),
                new KindSearch(Kind.CLAIMANTS, NewestMatches.of("claimant", "c", "simple"), """
                        '/claimants/' || c.id, c.name,
                        ts_headline('simple', coalesce(c.title, '') || ' ' || coalesce(c.affiliation, ''), q, :options),
                        """ + CLAIMANT_TYPE_LABEL, ""),
                new KindSearch(Kind.ARTICLES, NewestMatches.indexed("article", "a", "english"), """
                        '/articles/' || a.id, a.headline, ts_headline('english', left(a.text, 20000), q, :options),
                        coalesce(a.outlet, '')""", ""),
                new KindSearch(Kind.SOURCES, NewestMatches.of("source", "s", "english"), """
                        '/sources/' || s.id, s.title,
                        ts_headline('english', coalesce(s.publisher, '') || ' ' || coalesce(s.notes, ''), q, :options),
                        s.url""", ""),
                new KindSearch(Kind.VERDICTS, new NewestMatches("verdict", "v", "v.id, v.search_vector, v.claim_id",
                        claimFilter.isEmpty() ? "" : "join claim c on c.id = v.claim_id", "english", claimFilter,
                        List.of()), """
                        '/verdicts/' || v.id, v.conclusion, ts_headline('english', v.explanation, q, :options),
                        coalesce(r.label, '') || ' · ' || """ + VERDICT_STATUS_LABEL,
                        "left join rating r on r.id = v.rating_id"));
        Query sampling = entityManager.createNativeQuery("select " + kinds.stream()
                .map(kind -> kind.matches().sample(COUNTED_UP_TO + 1)).collect(Collectors.joining(", ")));
        bind(sampling, query, filters);
        Object[] sampled = (Object[]) sampling.getSingleResult();
        Map<Kind, List<Hit>> hits = new LinkedHashMap<>();
        Map<Kind, Long> counts = new LinkedHashMap<>();
        kinds.forEach(kind -> {
            hits.put(kind.kind(), new ArrayList<>());
            counts.put(kind.kind(), 0L);
        });
        // All kinds in one statement (a round trip and a result set each was a fifth of a search's Java time).
        Query search = entityManager.createNativeQuery(IntStream.range(0, kinds.size())
                .mapToObj(i -> "(" + best(i, kinds.get(i), NewestMatches.readInOrder(((Number) sampled[i]).longValue(),
                        COUNTED_UP_TO + 1)) + ")")
                .collect(Collectors.joining(" union all ")) + " order by 1, 7 desc, 8 desc");
        bind(search, query, filters);
        search.setParameter("options", HEADLINE_OPTIONS);
        for (Object row : search.getResultList()) {
            Object[] cells = (Object[]) row;
            Kind kind = kinds.get(((Number) cells[0]).intValue()).kind();
            hits.get(kind).add(new Hit((String) cells[1], (String) cells[2], marked((String) cells[3]),
                    (String) cells[4]));
            counts.put(kind, ((Number) cells[5]).longValue());
        }
        // Per status only when the claims found were all counted: otherwise each status would cost a full count.
        Map<ClaimStatus, Long> statusCounts = counts.get(Kind.CLAIMS) > COUNTED_UP_TO ? Map.of()
                : statusCounts(query, filters);
        return new Results(hits, counts, statusCounts, false);
    }

    /** One kind's search: how its rows are found, and the columns and joins of a hit. */
    private record KindSearch(Kind kind, NewestMatches matches, String columns, String joins) {
    }

    /**
     * The best hits of kind number {@code number} among its newest {@link #COUNTED_UP_TO} matches, not among all:
     * a common word matches a tenth of a million claims, and ranking them all took seconds. Only the hits shown
     * are joined and given a snippet. Each row also says how many matches were taken: fewer than
     * {@code COUNTED_UP_TO} is the exact count, more means "more than". Columns: the number, the hit's link,
     * title, snippet and note, the count, the rank and the id.
     */
    private static String best(int number, KindSearch kind, int readInOrder) {
        NewestMatches found = kind.matches();
        String a = found.alias();
        // The rank as float8: Hibernate has no type registered for PostgreSQL's real, and made one (and threw and
        // caught an exception) for every search.
        return "select " + number + ", " + kind.columns() + ", best.found, best.rank::float8, best.id from ("
                + "select ranked.id, ts_rank_cd(ranked.search_vector, q) as rank, newest.found from ("
                + "select id, count(*) over () as found from (" + found.ids(COUNTED_UP_TO + 1, readInOrder)
                + ") found order by id desc limit " + COUNTED_UP_TO + ") newest"
                + " join " + found.table() + " ranked on ranked.id = newest.id, " + found.query()
                + " order by rank desc, ranked.id desc limit " + PER_KIND + ") best"
                + " join " + found.table() + " " + a + " on " + a + ".id = best.id " + kind.joins() + ", "
                + found.query();
    }

    private Map<ClaimStatus, Long> statusCounts(String query, Filters filters) {
        Filters anyStatus = new Filters(null, filters.rating(), filters.claimantId(), filters.tag(), filters.from(),
                filters.to());
        String anyStatusFilter = claimConditions(anyStatus);
        Query counting = entityManager.createNativeQuery("select status, count(*) from ("
                + Stream.of("c.search_vector @@ q", BY_CLAIMANT_NAME)
                        .map(match -> "select c.id, c.status from claim c,"
                                + " websearch_to_tsquery('english', f_unaccent(:q)) q where " + match + anyStatusFilter)
                        .collect(Collectors.joining(" union ")) + ") found group by status");
        bind(counting, query, anyStatus);
        return ClaimStatus.counted(counting.getResultList());
    }

    private static String claimConditions(Filters filters) {
        StringBuilder where = new StringBuilder();
        if (filters.status() != null) {
            where.append(" and c.status = :status");
        }
        if (filters.rating() != null) {
            where.append(" and exists (select 1 from verdict pv join rating pr on pr.id = pv.rating_id"
                    + " where pv.claim_id = c.id and pv.status = 'PUBLISHED' and lower(pr.label) = lower(:rating))");
        }
        if (filters.claimantId() != null) {
            where.append(" and c.claimant_id = :claimant");
        }
        if (filters.tag() != null) {
            where.append(" and :tag = any(c.tags)");
        }
        if (filters.from() != null) {
            where.append(" and c.made_on >= :from");
        }
        if (filters.to() != null) {
            where.append(" and c.made_on <= :to");
        }
        return where.toString();
    }

    private static void bind(Query query, String text, Filters filters) {
        query.setParameter("q", text);
        if (filters.status() != null) {
            query.setParameter("status", filters.status().name());
        }
        if (filters.rating() != null) {
            query.setParameter("rating", filters.rating());
        }
        if (filters.claimantId() != null) {
            query.setParameter("claimant", filters.claimantId());
        }
        if (filters.tag() != null) {
            query.setParameter("tag", filters.tag());
        }
        if (filters.from() != null) {
            query.setParameter("from", filters.from());
        }
        if (filters.to() != null) {
            query.setParameter("to", filters.to());
        }
    }

    private static String labels(String column, Map<String, String> labelByName) {
        return labelByName.entrySet().stream()
                .map(entry -> "when '" + entry.getKey() + "' then '" + entry.getValue() + "'")
                .collect(Collectors.joining(" ", "case " + column + " ", " end "));
    }

    /** The snippet escaped, then the matching words marked: nothing from the text can become markup. */
    static RawString marked(String headline) {
        String text = headline == null ? "" : headline;
        return new RawString(RichText.escape(text).replace(START, "<mark>").replace(STOP, "</mark>"));
    }
}
