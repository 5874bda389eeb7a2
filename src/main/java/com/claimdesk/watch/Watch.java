package com.claimdesk.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * Something the desk watches and ClaimDesk polls on a schedule: an outlet's RSS or Atom feed (each new item
 * becomes an article) or another fact-checker's ClaimReview (a DataFeed or a page; "Also checked by" stays
 * current). Keeps the validators of the last answer and the failures since the last success.
 */
@Entity
public class Watch extends PanacheEntity {

    /** Back-off never waits longer than this between two tries of a failing address. */
    static final Duration LONGEST_WAIT = Duration.ofDays(1);

    public enum Kind {
        FEED("RSS or Atom feed"), CLAIMREVIEW("ClaimReview");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Column(nullable = false, length = 2048)
    public String address;

    @Column(nullable = false, length = 300)
    public String title;

    /** The desk's topic for what comes from here ("health", "elections"), to filter the Monitor by. */
    @Column(length = 100)
    public String tag;

    /** False once an editor stops watching; the items taken stay. */
    @Column(nullable = false)
    public boolean active;

    @Column(length = 500)
    public String etag;

    @Column(name = "last_modified", length = 100)
    public String lastModified;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    /** What the last poll did, in words ("2 new items", "not changed since the last poll"). */
    @Column(name = "last_outcome", length = 500)
    public String lastOutcome;

    /** Failed polls since the last one that worked: each doubles the wait before the next try. */
    @Column(nullable = false)
    public int failures;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "last_error_at")
    public Instant lastErrorAt;

    @Column(name = "next_poll_at", nullable = false)
    public Instant nextPollAt;

    @Column(name = "items_taken", nullable = false)
    public int itemsTaken;

    @Column(name = "added_by", nullable = false, length = 64)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** Who ClaimDesk says added what it takes from here, in the audit log and on articles. */
    public String actor() {
        return "watch:" + id;
    }

    /** A poll that worked: validators kept, failures forgotten, next poll one interval away. */
    void succeeded(Instant at, String outcome, Duration interval) {
        lastPolledAt = at;
        lastOutcome = outcome.length() > 500 ? outcome.substring(0, 499) + "…" : outcome;
        failures = 0;
        nextPollAt = at.plus(interval);
    }

    /** A poll that failed: recorded, and the next try waits twice as long as the last (at most a day). */
    void failed(Instant at, String error, Duration interval) {
        lastPolledAt = at;
        failures++;
        lastError = error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        lastErrorAt = at;
        lastOutcome = "failed";
        nextPollAt = at.plus(backOff(interval, failures));
    }

    /** The wait after {@code failures} failures in a row: the interval, doubled for each failure. */
    static Duration backOff(Duration interval, int failures) {
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Ids of the active watches due for a poll now, soonest first. */
    static List<Long> dueIds(Instant now) {
        return getEntityManager()
                .createQuery("select w.id from Watch w where w.active and w.nextPollAt <= ?1 order by w.nextPollAt",
                        Long.class)
                .setParameter(1, now).getResultList();
    }
}
