package com.claimdesk.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The people a claim can be assigned to, for the assignee lists on the claims pages. Every such page shows
 * them and accounts rarely change, so the list is kept for up to {@link #FRESH_FOR} and forgotten whenever an
 * account is added or changed: one query fewer per page under load.
 */
public final class Reviewers {

    /** A deactivated account stays listed (claims stay assigned to it and can be filtered by it). */
    public record Reviewer(String username, String displayName, boolean active) {
    }

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Listed(Instant at, List<Reviewer> reviewers) {
    }

    private static volatile Listed listed;

    private Reviewers() {
    }

    public static List<Reviewer> all() {
        Listed current = listed;
        Instant now = Instant.now();
        if (current == null || current.at().plus(FRESH_FOR).isBefore(now)) {
            current = new Listed(now, Account.listByUsername().stream()
                    .map(account -> new Reviewer(account.username, account.displayName, account.active)).toList());
            listed = current;
        }
        return current.reviewers();
    }

    static void forget() {
        listed = null;
    }
}
