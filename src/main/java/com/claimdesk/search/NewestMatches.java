package com.claimdesk.search;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the newest rows of one kind matching a search are found, written as SQL (the query bound as {@code :q}).
 *
 * <p>A common word's newest matches lie among the newest rows, found cheaply by reading them in id order; a rare
 * word's are spread over the table, found through the full-text index. Each way is slow for the other kind of word
 * (reading the newest 10,000 claims in order costs 4 ms and finds nothing of a rare word; the index reads every
 * match of a common one, 83,335 for "housing costs", 0.14 s), and PostgreSQL's guess of how common words are
 * together can be wrong a hundredfold for phrases and words that go together. So {@value #SAMPLED} rows from the
 * part that would be read in order are read first, in one statement for all kinds ({@link #sample}), and what
 * they hold decides ({@link #readInOrder}).
 *
 * @param table the table, read as {@code alias}
 * @param columns what the conditions read of a row, or empty when rows are never read in order (their words are
 *         long: articles)
 * @param joins joined for the filter
 * @param config the text search configuration
 * @param filter conditions beginning with "and", or empty
 * @param otherWays other conditions that find a row (each with the filter), searched through their own indexes
 */
record NewestMatches(String table, String alias, String columns, String joins, String config, String filter,
        List<String> otherWays) {

    /** The rows read to tell a common word from a rare one: the newest half of them, and half further back. */
    static final int SAMPLED = 1_000;

    /** The most rows read in id order: further back, the index costs less. */
    static final int READ_IN_ORDER_AT_MOST = 20_000;

    /** Rows with short words, found by their words alone. */
    static NewestMatches of(String table, String alias, String config) {
        return new NewestMatches(table, alias, alias + ".id, " + alias + ".search_vector", "", config, "", List.of());
    }

    /** Rows with long words, found through the index only. */
    static NewestMatches indexed(String table, String alias, String config) {
        return new NewestMatches(table, alias, "", "", config, "", List.of());
    }

    /**
     * How many of the newest rows to read in order: all that may be read when the sample's matches say the newest
     * {@code wanted} lie within half of them, none otherwise. Half, because words come and go (the newest thousand
     * claims of the benchmark's data hold "crime estoria 2019" three times as often as the next twenty thousand),
     * and a reading that falls short costs the reading and the index both.
     */
    static int readInOrder(long matchesInSample, int wanted) {
        return matchesInSample >= enough(wanted) ? READ_IN_ORDER_AT_MOST : 0;
    }

    /** The fewest matches in the sample that put {@code wanted} matches within half the rows read in order. */
    private static long enough(int wanted) {
        long half = READ_IN_ORDER_AT_MOST / 2;
        return ((long) wanted * SAMPLED + half - 1) / half;
    }

    /**
     * How many of the {@value #SAMPLED} sampled rows match: the newest half, and the half just older than the
     * middle of what would be read in order (ids taken as roughly consecutive), so that a word frequent in the
     * last hours only is not taken for a common one. Counted up to as many as {@link #readInOrder} needs for
     * {@code wanted} (a common word stops the count early); 0 for rows never read in order.
     */
    String sample(int wanted) {
        if (columns.isEmpty()) {
            return "0";
        }
        String further = "(select " + columns + " from " + table + " " + alias + " where " + alias + ".id <= (select"
                + " max(id) from " + table + ") - " + READ_IN_ORDER_AT_MOST / 2 + " order by " + alias + ".id desc limit "
                + SAMPLED / 2 + ")";
        return "(select count(*) from (select 1 from (" + newestRows(SAMPLED / 2) + " union all " + further + ") "
                + alias + " " + joins + matching() + " limit " + enough(wanted) + ") sampled)";
    }

    /** The ids of the newest rows found, at most {@code limit} of each way (so maybe more in all). */
    String ids(int limit, int readInOrder) {
        return Stream.concat(Stream.of(newest(limit, readInOrder)), otherWays.stream().map(way -> newestOf("select "
                + alias + ".id from " + table + " " + alias + " " + joins + ", " + query() + " where " + way, "true",
                limit)))
                .collect(Collectors.joining(" union "));
    }

    /**
     * The ids of the newest {@code limit} rows whose words match, newest first: the newest {@code readInOrder} rows
     * read in id order, and, only when those held fewer matches than {@code limit}, the index's newest (which
     * include the ones read in order: the union keeps each once).
     */
    String newest(int limit, int readInOrder) {
        String a = alias;
        String throughIndex = "select " + a + ".id from " + table + " " + a + " " + joins + matching();
        if (readInOrder == 0) {
            return newestOf(throughIndex, "true", limit);
        }
        return "(with read_in_order as materialized (select " + a + ".id from " + newestRows(readInOrder) + " " + a
                + " " + joins + matching() + " order by " + a + ".id desc limit " + limit + ")"
                + " select id from read_in_order union select id from "
                + newestOf(throughIndex, "(select count(*) from read_in_order) < " + limit, limit)
                + " older order by id desc limit " + limit + ")";
    }

    /**
     * The newest {@code limit} of the rows {@code select} finds through its indexes, all of which are read (when
     * {@code when} holds, a condition PostgreSQL checks once, before reading): the "offset 0" keeps PostgreSQL
     * from reading the table backwards in id order instead, which it would choose for the plan it keeps for every
     * query (see {@code Search#run}).
     */
    private static String newestOf(String select, String when, int limit) {
        return "(select id from (" + select + " offset 0) found where " + when + " order by id desc limit " + limit
                + ")";
    }

    String query() {
        return "websearch_to_tsquery('" + config + "', f_unaccent(:q)) q";
    }

    private String newestRows(int rows) {
        return "(select " + columns + " from " + table + " " + alias + " order by " + alias + ".id desc limit " + rows
                + ")";
    }

    /**
     * The words compared with the query worked out once, as a value: joined as a row instead, PostgreSQL could put
     * it first and then sort the newest rows it read in order, reading all of them.
     */
    private String matching() {
        return " where " + alias + ".search_vector @@ (select websearch_to_tsquery('" + config
                + "', f_unaccent(:q)))" + filter;
    }
}
