package com.claimdesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import com.claimdesk.database.EmbeddedDatabase;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Fills a ClaimDesk database with realistic synthetic data for benchmarks: claimants, claims with appearances
 * and tags, sources, evidence and published verdicts, the same every time (fixed seed). Set-based SQL, so a
 * million claims take minutes, not hours. Not part of the unit tests: run by bench/generate.sh.
 *
 * <p>Arguments: the data folder of the embedded PostgreSQL to create or reuse, and a scale (1.0 = 1,000,000
 * claims, 200,000 claimants, 300,000 sources, 100,000 published verdicts).
 */
public final class DataGenerator {

    private static final Logger LOG = Logger.getLogger(DataGenerator.class);

    /** The password of the generated accounts bench1 … bench50 (bench5, bench10 … are editors). */
    public static final String PASSWORD = "bench-password";

    private DataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : System.getProperty("user.home") + "/.claimdesk/bench");
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        long claims = Math.round(1_000_000 * scale);
        long claimants = Math.round(200_000 * scale);
        long sources = Math.round(300_000 * scale);
        long published = Math.round(100_000 * scale);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"))) {
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                    .locations("filesystem:migrations").load().migrate();
            try (Connection connection = database.connect();
                    Statement sql = connection.createStatement()) {
                long start = System.nanoTime();
                step(sql, "seed", "select setseed(0.42)");
                step(sql, "accounts", """
                        insert into app_user (id, username, display_name, password_hash, roles, created_at, version)
                        select 1000000 + n, 'bench' || n, 'Bench reviewer ' || n, '%s',
                               case when n %% 5 = 0 then 'editor' else 'checker' end, now(), 0
                        from generate_series(1, 50) n on conflict (username) do nothing"""
                        .formatted(BcryptUtil.bcryptHash(PASSWORD)));
                step(sql, "claimants", """
                        insert into claimant (id, name, type, title, affiliation, created_at, version)
                        select 1000000 + n,
                               case when n %% 4 = 0 then (array['Ministry of Health','Ministry of Defence','Central Bank',
                                    'Electoral Commission','Police Service','National Statistics Office','City Council',
                                    'Opposition Party','Trade Union','Energy Regulator'])[1 + n %% 10] || ' of '
                                    || (array['Norland','Estoria','Valmark','Ostrava','Pelagia','Corvina','Lindmark',
                                    'Tarsis'])[1 + (n / 10) %% 8] || ' ' || n
                                    else (array['Anna','Jonas','Maria','Pedro','Lena','Tomás','Ingrid','Yusuf','Chloé',
                                    'Ravi','Olga','Kofi','Mei','Lars','Amara','José'])[1 + n %% 16] || ' '
                                    || (array['Müller','Silva','Kowalski','Novak','Haddad','Okafor','Lindqvist','Rossi',
                                    'Dubois','Tanaka','Ivanova','Mensah','García','Petrov','Andersen','Costa'])[1 + (n / 16) %% 16]
                                    || ' ' || n end,
                               case when n %% 4 = 0 then 'ORGANISATION' else 'PERSON' end,
                               case when n %% 4 = 0 then null else (array['Minister','Senator','Mayor','Spokesperson',
                                    'Economist','Party leader','Governor','Member of Parliament'])[1 + n %% 8] end,
                               null, now() - (n %% 1000) * interval '1 day', 0
                        from generate_series(1, %d) n""".formatted(claimants));
                step(sql, "claims", """
                        insert into claim (id, statement, claim_reviewed, claimant_id, kind, made_on, status,
                                           dismissal_reason, tags, assignee_id, created_by, created_at, updated_at,
                                           version)
                        select 1000000 + n, s.text || ', the speaker said.', s.text, 1000000 + 1 + (n::bigint * 7919) %% %d,
                               (array['DIRECT_QUOTE','PARAPHRASE','DENIAL','FIGURE','OTHER'])[1 + n %% 5],
                               date '2024-12-31' - (n %% 1800),
                               case when n <= %d then 'PUBLISHED' when n %% 10 = 1 then 'DISMISSED'
                                    when n %% 10 in (2, 3) then 'RESEARCHING' when n %% 10 = 4 then 'IN_REVIEW'
                                    else 'NEW' end,
                               case when n > %d and n %% 10 = 1 then 'Not checkable' end,
                               array[(array['economy','health','crime','climate','election','defence','migration',
                                    'energy','education','housing'])[1 + n %% 10]]::varchar(50)[],
                               case when n %% 3 = 0 then 1000001 + n %% 50 end, 'bench',
                               timestamp '2025-01-01' - (n %% 1800) * interval '1 day',
                               timestamp '2025-01-01' - (n %% 1800) * interval '1 day', 0
                        from generate_series(1, %d) n,
                        lateral (select (array['Unemployment','Inflation','Crime','Child poverty','Hospital waiting lists',
                                    'Housing costs','Carbon emissions','Net migration','Defence spending','Energy prices',
                                    'School funding','Public debt'])[1 + (n / 7) %% 12]
                                 || ' in ' || (array['Norland','Estoria','Valmark','Ostrava','Pelagia','Corvina',
                                    'Lindmark','Tarsis'])[1 + (n / 3) %% 8]
                                 || (array[' rose by ',' fell by ',' reached ',' doubled to ',' stayed below '])[1 + n %% 5]
                                 || (1 + (n * 37) %% 97) || (array['%%',' percent',' million',' billion euros',' thousand'])[1 + (n / 5) %% 5]
                                 || (array[' last year',' since 2019',' in a decade',' this spring',' under the government'])[1 + (n / 11) %% 5]
                                 as text) s""".formatted(claimants, published, published, claims));
                step(sql, "appearances", """
                        insert into appearance (id, claim_id, url, seen_on, created_at)
                        select 1000000 + n, 1000000 + n, 'https://news.example.org/' || (n %% 100000) || '/story-' || n,
                               date '2024-12-31' - (n %% 1800), now()
                        from generate_series(1, %d) n""".formatted(claims));
                step(sql, "sources", """
                        insert into source (id, url, title, publisher, type, published_on, accessed_on, created_by,
                                            created_at, updated_at, version)
                        select 1000000 + n, 'https://data.example.org/report/' || n,
                               (array['Labour force survey','Consumer price index','Crime statistics','Budget report',
                                    'Hospital activity data','Emissions inventory','Migration bulletin',
                                    'Parliamentary answer'])[1 + n %% 8] || ' ' || (2015 + n %% 10) || ' no. ' || n,
                               (array['National Statistics Office','Central Bank','Ministry of Finance','Eurostat',
                                    'OECD','Audit Office'])[1 + n %% 6],
                               (array['DATASET','PRIMARY_DOCUMENT','OFFICIAL_STATEMENT','NEWS_REPORT','ACADEMIC_PAPER'])[1 + n %% 5],
                               date '2024-12-31' - (n %% 3000), date '2025-01-15', 'bench', now(), now(), 0
                        from generate_series(1, %d) n""".formatted(sources));
                step(sql, "evidence", """
                        insert into evidence (id, claim_id, source_id, stance, excerpt, created_by, created_at,
                                              updated_at, version)
                        select 1000000 + n, 1000000 + 1 + (n - 1) %% %d, 1000000 + 1 + (n::bigint * 104729) %% %d,
                               (array['SUPPORTS','CONTRADICTS','CONTEXT'])[1 + n %% 3],
                               'Table ' || (n %% 40) || ', row ' || (n %% 17), 'bench', now(), now(), 0
                        from generate_series(1, %d) n""".formatted(published * 3, sources, published * 3));
                step(sql, "verdicts", """
                        insert into verdict (id, claim_id, revision, rating_id, conclusion, explanation, status,
                                             withdrawn, author, last_edited_by, submitted_by, submitted_at, approved_by,
                                             approved_at, published_by, published_at, created_at, updated_at, version,
                                             editors, publication)
                        select 1000000 + n, 1000000 + n, 1, 1 + n %% 7,
                               'The figure is ' || (array['right','close','off by a third','wrong','misleading',
                                    'unproven','accurate'])[1 + n %% 7] || '.',
                               'The official statistics for the period show a different picture.' || chr(10) || chr(10)
                                    || 'See the sources below.',
                               'PUBLISHED', false, 'bench1', 'bench1', 'bench1', c.created_at + interval '1 day', 'bench5',
                               c.created_at + interval '2 days', 'bench5', c.created_at + interval '3 days',
                               c.created_at, c.created_at + interval '3 days', 3, array['bench1']::varchar(64)[], '{}'
                        from generate_series(1, %d) n join claim c on c.id = 1000000 + n""".formatted(published));
                step(sql, "cited evidence", """
                        insert into verdict_evidence (verdict_id, evidence_id)
                        select e.claim_id, e.id from evidence e where e.claim_id <= 1000000 + %d""".formatted(published));
                // What readers see of a published fact-check is frozen in it (V010): the claim, rating and sources.
                step(sql, "publications", """
                        update verdict v set publication = json_build_object(
                            'claimReviewed', c.claim_reviewed, 'claimant', cl.name, 'claimantType', cl.type,
                            'claimantTitle', cl.title, 'madeOn', c.made_on,
                            'rating', json_build_object('label', r.label, 'value', r.value, 'best', 5, 'worst', 1,
                                'description', r.description, 'colour', r.colour),
                            'evidence', (select coalesce(json_agg(json_build_object('stance', e.stance, 'url', s.url,
                                    'title', s.title, 'publisher', s.publisher, 'excerpt', e.excerpt)), '[]')
                                from verdict_evidence ve join evidence e on e.id = ve.evidence_id
                                join source s on s.id = e.source_id where ve.verdict_id = v.id),
                            'appearances', (select coalesce(json_agg(json_build_object('url', a.url)), '[]')
                                from appearance a where a.claim_id = c.id))
                        from claim c join claimant cl on cl.id = c.claimant_id, rating r
                        where c.id = v.claim_id and r.id = v.rating_id and v.id >= 1000000""");
                for (String sequence : new String[] {"app_user", "claimant", "claim", "appearance", "source",
                        "evidence", "verdict"}) {
                    step(sql, sequence + " sequence", "select setval('" + sequence + "_seq', (select max(id) + 100 from "
                            + sequence + "))");
                }
                // Vacuum sets the visibility map, so that counts by status are read from the index alone.
                step(sql, "vacuum and statistics", "vacuum analyze");
                // Sized for a million claims, as any server holding them would be (PostgreSQL's defaults are for
                // a small machine): the hot tables in PostgreSQL's own cache, and pages read from memory, not disk.
                // They apply from the next start.
                step(sql, "server settings", "alter system set shared_buffers = '1GB'");
                step(sql, "server settings", "alter system set random_page_cost = 1.1");
                LOG.infof("Generated %,d claims in %.0f s into %s", claims,
                        (System.nanoTime() - start) / 1e9, folder);
            }
        }
    }

    private static void step(Statement sql, String what, String statement) throws SQLException {
        long start = System.nanoTime();
        sql.execute(statement);
        LOG.infof("  %-18s %6.1f s", what, (System.nanoTime() - start) / 1e9);
    }
}
