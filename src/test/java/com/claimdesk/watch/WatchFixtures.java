package com.claimdesk.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.claimdesk.articles.Article;
import com.claimdesk.articles.Articles;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Watches and the articles they brought in, made directly, for tests of what comes after polling. */
final class WatchFixtures {

    private WatchFixtures() {
    }

    /** A watch of {@code kind} on {@code address}, due for a poll now. */
    static Watch watch(Watch.Kind kind, String address, String tag) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Watch watch = new Watch();
            watch.kind = kind;
            watch.address = address;
            watch.title = "Fixture watch " + UUID.randomUUID();
            watch.tag = tag;
            watch.active = true;
            watch.nextPollAt = Instant.now();
            watch.addedBy = "fixture";
            watch.addedAt = Instant.now();
            watch.persist();
            return watch;
        });
    }

    /** A stopped feed watch (no scheduler would poll it) under the topic {@code tag}. */
    static Watch stoppedFeed(String tag) {
        Watch watch = watch(Watch.Kind.FEED, "http://feeds.invalid/" + UUID.randomUUID(), tag);
        QuarkusTransaction.requiringNew().run(() -> Watch.<Watch>findById(watch.id).active = false);
        return watch;
    }

    /** An article as a poll of {@code watch} takes it: stored, extracted, and kept as the watch's item. */
    static Article watchedArticle(Watch watch, String outlet, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article article = new Article();
            article.headline = "Watched article " + UUID.randomUUID();
            article.outlet = outlet;
            article.setText(text + "\n\n[" + UUID.randomUUID() + "]");
            article.publishedOn = LocalDate.now();
            article.addedBy = "fixture";
            article.addedAt = Instant.now();
            Arc.container().instance(Articles.class).get().add(article);
            WatchedItem item = new WatchedItem();
            item.watch = Watch.findById(watch.id);
            item.address = "http://feeds.invalid/item/" + UUID.randomUUID();
            item.article = article;
            item.outcome = WatchedItem.Outcome.TAKEN;
            item.attempts = 1;
            item.seenAt = Instant.now();
            item.persist();
            return article;
        });
    }
}
