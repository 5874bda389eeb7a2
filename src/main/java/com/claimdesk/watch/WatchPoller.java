package com.claimdesk.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.articles.Article;
import com.claimdesk.claimreview.ClaimReviewImport;
import com.claimdesk.claimreview.ClaimReviewImporter;
import com.claimdesk.database.KeyLock;
import com.claimdesk.fetch.Conditions;
import com.claimdesk.fetch.FetchRefused;
import com.claimdesk.fetch.Fetched;
import com.claimdesk.fetch.WebFetcher;
import com.claimdesk.intake.ArticleIntake;
import com.claimdesk.sources.UrlNormalizer;
import com.claimdesk.web.Plural;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Polls what the desk watches. The scheduler runs {@link #pollDue()} every {@code claimdesk.watch.every}; each
 * watch is polled in a transaction of its own holding its PostgreSQL advisory lock, taken without waiting, so that
 * of several ClaimDesk instances on one database one polls and the others pass. A conditional GET (ETag,
 * Last-Modified) makes an unchanged feed cheap; a failure is recorded and backs off.
 */
@ApplicationScoped
public class WatchPoller {

    /** The advisory lock's kind: held by a poll of a watch, keyed by the watch's id. */
    static final String LOCK = "watch.poll";

    /** A poll fetches the feed and up to {@code items-per-poll} pages, each in at most 20 s. */
    private static final int TRANSACTION_SECONDS = 15 * 60;

    /** What one call to {@link #poll} did. */
    public enum Result {
        /** Fetched and taken in (or not changed since the last poll). */
        POLLED,
        /** The address failed; recorded, next try later. */
        FAILED,
        /** Another poll of the same watch (on this instance or another) holds its lock: nothing done. */
        BUSY,
        /** Not due yet (another instance polled it meanwhile), or no longer watched. */
        NOT_DUE,
        GONE
    }

    /** A fetched document that cannot be used (not a feed, no ClaimReview), recorded as the poll's failure. */
    private static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    @Inject
    WebFetcher fetcher;

    @Inject
    ArticleIntake intake;

    @Inject
    ClaimReviewImporter importer;

    @Inject
    ClaimDeskConfig config;

    @Scheduled(identity = "watch-poll", every = "${claimdesk.watch.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        pollDue();
    }

    /** Polls every active watch that is due; what the scheduler runs, and what tests call. */
    public int pollDue() {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Watch.dueIds(Instant.now()));
        int polled = 0;
        for (long id : due) {
            try {
                polled += poll(id, false) == Result.POLLED ? 1 : 0;
            } catch (RuntimeException e) {
                // One watch's trouble (its transaction rolled back) must not stop the others'.
                Log.errorf(e, "Polling watch %d failed", id);
            }
        }
        return polled;
    }

    /** Polls one watch now, in a transaction of its own; {@code force}: even before it is due (Poll now). */
    public Result poll(long id, boolean force) {
        return QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).call(() -> pollHeld(id, force));
    }

    private Result pollHeld(long id, boolean force) {
        if (!KeyLock.tryHold(LOCK, String.valueOf(id))) {
            return Result.BUSY;
        }
        Watch watch = Watch.findById(id);
        if (watch == null) {
            return Result.GONE;
        }
        Instant now = Instant.now();
        if (!force && (!watch.active || watch.nextPollAt.isAfter(now))) {
            return Result.NOT_DUE;
        }
        Duration interval = config.watch().interval();
        try {
            Fetched fetched = fetcher.fetch(watch.address, new Conditions(watch.etag, watch.lastModified),
                    watch.actor());
            if (fetched.notModified()) {
                watch.succeeded(now, "Not changed since the last poll.", interval);
                return Result.POLLED;
            }
            boolean complete;
            if (watch.kind == Watch.Kind.FEED) {
                complete = takeItems(watch, fetched, now);
            } else {
                importReviews(watch, fetched, now);
                complete = true;
            }
            // Validators only for a document taken in whole: else the next poll's 304 would hide what is left.
            watch.etag = complete ? truncate(fetched.etag(), 500) : null;
            watch.lastModified = complete ? truncate(fetched.lastModified(), 100) : null;
            return Result.POLLED;
        } catch (FetchRefused | Unusable e) {
            watch.failed(now, e.getMessage(), interval);
            return Result.FAILED;
        }
    }

    /** Takes the feed's new items in as articles; false when more were new than one poll takes. */
    private boolean takeItems(Watch watch, Fetched fetched, Instant now) throws Unusable {
        List<FeedItems.Item> items;
        try {
            items = FeedItems.read(fetched.body(), fetched.address());
        } catch (FeedItems.Unreadable e) {
            throw new Unusable(e.getMessage());
        }
        int limit = config.watch().itemsPerPoll();
        int tried = 0;
        int taken = 0;
        int refused = 0;
        for (FeedItems.Item item : items) {
            WatchedItem seen = WatchedItem.find(watch, item.address()).orElse(null);
            if (seen != null && !seen.worthAnotherTry()) {
                continue;
            }
            if (tried == limit) {
                watch.succeeded(now, Plural.of(taken, "new article") + " taken, " + refused + " refused; more "
                        + "items wait for the next poll.", config.watch().interval());
                return false;
            }
            tried++;
            WatchedItem taking = seen != null ? seen : newItem(watch, item);
            take(watch, item, taking);
            taken += taking.outcome == WatchedItem.Outcome.TAKEN ? 1 : 0;
            refused += taking.outcome == WatchedItem.Outcome.REFUSED ? 1 : 0;
        }
        watch.succeeded(now, tried == 0 ? "No new items." : Plural.of(taken, "new article") + " taken"
                + (refused > 0 ? ", " + refused + " refused" : "") + ".", config.watch().interval());
        return true;
    }

    private static WatchedItem newItem(Watch watch, FeedItems.Item item) {
        WatchedItem created = new WatchedItem();
        created.watch = watch;
        created.address = item.address();
        created.title = item.title();
        return created;
    }

    /**
     * Fetches the item's page and stores it as an article, as adding one by its address does (extraction runs as
     * for any article added). An address already in ClaimDesk is not fetched again.
     */
    private void take(Watch watch, FeedItems.Item item, WatchedItem record) {
        record.attempts++;
        record.seenAt = Instant.now();
        Article known = known(item.address());
        if (known != null) {
            settle(record, WatchedItem.Outcome.DUPLICATE, known, null);
            return;
        }
        ArticleIntake.Reading reading;
        try {
            reading = intake.read(item.address(), watch.actor());
        } catch (ArticleIntake.Unreadable e) {
            settle(record, WatchedItem.Outcome.REFUSED, null, e.getMessage());
            return;
        }
        ArticleIntake.Given given = new ArticleIntake.Given(orEmpty(item.title()), "", orEmpty(item.author()),
                item.published() == null || item.published().isAfter(LocalDate.now()) ? ""
                        : item.published().toString());
        ArticleIntake.Outcome outcome = intake.save(reading, given, watch.actor());
        if (outcome instanceof ArticleIntake.Added added) {
            watch.itemsTaken++;
            settle(record, WatchedItem.Outcome.TAKEN, added.article(), null);
        } else if (outcome instanceof ArticleIntake.Duplicate duplicate) {
            settle(record, WatchedItem.Outcome.DUPLICATE, duplicate.existing(), null);
        } else {
            settle(record, WatchedItem.Outcome.REFUSED, null, outcome.message());
        }
    }

    private static Article known(String address) {
        try {
            return Article.findByCanonicalUrl(UrlNormalizer.normalize(address)).orElse(null);
        } catch (UrlNormalizer.Refused e) {
            return null; // the fetch refuses it, with its reason
        }
    }

    private static void settle(WatchedItem record, WatchedItem.Outcome outcome, Article article, String reason) {
        record.outcome = outcome;
        record.article = article;
        record.reason = truncate(reason, 1000);
        if (!record.isPersistent()) {
            record.persist();
        }
    }

    /** Imports the fact-checks the document holds: new ones added, changed ones updated ("Also checked by"). */
    private void importReviews(Watch watch, Fetched fetched, Instant now) throws Unusable {
        List<ClaimReviewImporter.Outcome> outcomes;
        try {
            outcomes = importer.importDocument(fetched.text(), fetched.contentType(), fetched.address().toString(),
                    watch.actor());
        } catch (ClaimReviewImport.Unreadable e) {
            throw new Unusable(e.getMessage());
        }
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(outcome -> counts.merge(outcome.outcome(), 1, Integer::sum));
        watch.itemsTaken += counts.getOrDefault("added", 0) + counts.getOrDefault("updated", 0);
        StringBuilder said = new StringBuilder();
        counts.forEach((outcome, count) -> said.append(said.isEmpty() ? "" : ", ").append(count).append(' ')
                .append(outcome));
        watch.succeeded(now, Plural.of(outcomes.size(), "fact-check") + " read: " + said + ".",
                config.watch().interval());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
