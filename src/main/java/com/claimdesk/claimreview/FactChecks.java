package com.claimdesk.claimreview;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.claimdesk.database.ReplicaReads;

/**
 * Reads published fact-checks, one row each (what readers see, frozen at publication), so that a page, a
 * feed of a hundred thousand, and a CSV export all stream from the same query in constant memory. The list and
 * the feeds read from the read replica when there is one ({@link ReplicaReads}); a claim's own fact-check, shown
 * to the editor who has just published it, from the primary.
 */
@ApplicationScoped
public class FactChecks {

    private static final String SELECT = """
            select v.claim_id, v.id, v.revision, v.conclusion,
                   (select min(first.published_at) from verdict first where first.claim_id = v.claim_id) as first_published,
                   v.published_at, v.publication
              from verdict v
             where v.status = 'PUBLISHED' and not v.withdrawn
            """;

    private static final int FETCH_SIZE = 500;

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    DataSource primary;

    @Inject
    ReplicaReads replica;

    /** The published fact-check of a claim; empty while unpublished, withdrawn or unknown. */
    public Optional<FactCheck> ofClaim(long claimId) {
        List<FactCheck> found = new ArrayList<>();
        query(primary, SELECT + " and v.claim_id = ?", statement -> statement.setLong(1, claimId), found::add);
        return found.stream().findFirst();
    }

    /** A page of the public index, newest publication first, after the given cursor. */
    public List<FactCheck> page(Cursor after, int size) {
        List<FactCheck> found = new ArrayList<>();
        String where = after == null ? "" : " and (v.published_at, v.id) < (?, ?)";
        String sql = SELECT + where + " order by v.published_at desc, v.id desc limit " + size;
        query(replica.dataSource(), sql, statement -> {
            if (after != null) {
                statement.setTimestamp(1, Timestamp.from(after.publishedAt()));
                statement.setLong(2, after.verdictId());
            }
        }, found::add);
        return found;
    }

    /** Every fact-check published (or corrected) after {@code since}, newest first, one at a time. */
    public void each(Instant since, Consumer<FactCheck> consumer) {
        String where = since == null ? "" : " and v.published_at > ?";
        query(replica.dataSource(), SELECT + where + " order by v.published_at desc, v.id desc", statement -> {
            if (since != null) {
                statement.setTimestamp(1, Timestamp.from(since));
            }
        }, consumer);
    }

    /** A fact-check its newsroom retracted: the claim it was about, and when the retraction was published. */
    public record Retraction(long claimId, Instant retractedAt) {
    }

    /**
     * Every fact-check retracted after {@code since}, newest first, so that a feed can tell readers to remove it
     * (readers asking only for what changed since their last visit would not learn it from its absence).
     */
    public void eachRetraction(Instant since, Consumer<Retraction> consumer) {
        String sql = "select v.claim_id, v.published_at from verdict v where v.status = 'PUBLISHED' and v.withdrawn"
                + (since == null ? "" : " and v.published_at > ?") + " order by v.published_at desc, v.id desc";
        try (Connection connection = replica.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (since != null) {
                statement.setTimestamp(1, Timestamp.from(since));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(new Retraction(rows.getLong(1), rows.getTimestamp(2).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading retracted fact-checks failed", e);
        }
    }

    /**
     * What identifies the feed's current content: how many items, and the newest change. Every publication
     * counts, retractions too, so anything that changes what the feed says moves both validators.
     */
    public record Freshness(long count, Instant lastModified, long lastId) {
    }

    public Freshness freshness(Instant since) {
        String sql = "select count(*) filter (where v.status = 'PUBLISHED' and not v.withdrawn), max(v.published_at),"
                + " max(v.id) from verdict v where v.published_at is not null"
                + (since == null ? "" : " and v.published_at > ?");
        try (Connection connection = replica.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (since != null) {
                statement.setTimestamp(1, Timestamp.from(since));
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Timestamp last = row.getTimestamp(2);
                return new Freshness(row.getLong(1), last == null ? null : last.toInstant(), row.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the fact-check feed's freshness failed", e);
        }
    }

    /** Whether PostgreSQL's timestamps reach {@code instant}; a typed time beyond them must not reach a query. */
    static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Where the public index continues: the publication time and verdict id of the last item shown. */
    public record Cursor(Instant publishedAt, long verdictId) {

        public static Cursor parse(String text) {
            if (text == null || !text.matches("\\d{1,19}-\\d{1,19}")) {
                return null;
            }
            String[] parts = text.split("-");
            try {
                Instant publishedAt = Instant.ofEpochMilli(Long.parseLong(parts[0]));
                return storable(publishedAt) ? new Cursor(publishedAt, Long.parseLong(parts[1])) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public static Cursor after(FactCheck last) {
            return new Cursor(last.publishedAt(), last.verdictId());
        }

        @Override
        public String toString() {
            return publishedAt.toEpochMilli() + "-" + verdictId;
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void query(DataSource dataSource, String sql, Binder binder, Consumer<FactCheck> consumer) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL only streams rows (fetch size) inside a transaction; otherwise it sends them all at once.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                binder.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(read(rows));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading published fact-checks failed", e);
        }
    }

    private FactCheck read(ResultSet row) throws SQLException {
        Timestamp first = row.getTimestamp(5);
        Timestamp published = row.getTimestamp(6);
        return new FactCheck(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4),
                first == null ? null : first.toInstant(), published == null ? null : published.toInstant(),
                publication(row.getString(7)));
    }

    private Publication publication(String text) {
        try {
            return json.readValue(text, Publication.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A published revision holds what is not a publication", e);
        }
    }
}
