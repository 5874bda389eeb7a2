package com.claimdesk.claims;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A line of the claims list: what the page shows of a claim, read with its claimant's name and assignee in one
 * statement. Loading 51 claims as entities (translated, hydrated and tracked by Hibernate) was a third of the
 * list's CPU at a million claims.
 */
public record ClaimRow(long id, String claimReviewed, List<String> tagList, long claimantId, String claimantName,
        ClaimKind kind, LocalDate madeOn, ClaimStatus status, String assignee) {

    /** The columns {@link #of} reads, in order: the claim {@code c}, its claimant {@code cl}, its assignee {@code a}. */
    static final String COLUMNS = "c.id, c.claim_reviewed, c.tags, c.claimant_id, cl.name, c.kind, c.made_on,"
            + " c.status, a.username";

    static ClaimRow of(Object[] row) {
        return new ClaimRow(((Number) row[0]).longValue(), (String) row[1], tags(row[2]),
                ((Number) row[3]).longValue(), (String) row[4], ClaimKind.valueOf((String) row[5]), date(row[6]),
                ClaimStatus.valueOf((String) row[7]), (String) row[8]);
    }

    private static List<String> tags(Object column) {
        try {
            Object values = column instanceof Array array ? array.getArray() : column;
            return values == null ? List.of()
                    : Arrays.stream((Object[]) values).map(String::valueOf).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Unreadable tags", e);
        }
    }

    private static LocalDate date(Object column) {
        return column instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) column;
    }
}
