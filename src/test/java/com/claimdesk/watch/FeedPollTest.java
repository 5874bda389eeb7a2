package com.claimdesk.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.claimreview.ExternalFactCheck;
import com.claimdesk.database.KeyLock;
import com.claimdesk.extraction.Candidate;
import com.claimdesk.fetch.TestSite;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Polling watched feeds against a web site on loopback (the test profile allows it; the scheduler is off, the
 * tests call the poll): new items on the second poll, 304 on the third, failures backed off, one poll at a time
 * across instances, other fact-checkers' ClaimReview kept current.
 */
@QuarkusTest
class FeedPollTest {

    @Inject
    WatchPoller poller;

    @Test
    void anRssFeedGivesItsNewItemsOnTheSecondPollAndA304OnTheThird() {
        try (TestSite site = TestSite.start()) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            story(site, "/news/1", "Holm keeps the rate " + run, "\"Unemployment fell to 3.9 percent in March,\" "
                    + "Finance Minister Kari Holm said on Monday. (" + run + " one)");
            story(site, "/news/2", "Berg on the tunnel " + run, "\"The tunnel cost 4 billion kroner,\" Mayor Anna "
                    + "Berg said. (" + run + " two)");
            rss(site, "\"v1\"", "/news/1");
            Watch watch = WatchFixtures.watch(Watch.Kind.FEED, site.url("/rss"), "economy");

            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, false));
            assertEquals(List.of("TAKEN"), outcomes(watch));
            Watch first = reload(watch);
            assertEquals(1, first.itemsTaken);
            assertEquals("\"v1\"", first.etag);
            Article taken = articleOf(site.url("/news/1"));
            assertEquals("Holm keeps the rate " + run, taken.headline);
            assertTrue(taken.text.contains("Unemployment fell to 3.9 percent"), taken.text);
            assertTrue(QuarkusTransaction.requiringNew().call(() -> Candidate.count("article.id", taken.id)) > 0,
                    "extraction ran on the article");
            assertEquals(WatchPoller.Result.NOT_DUE, poller.poll(watch.id, false), "not due again before its time");

            rss(site, "\"v2\"", "/news/2", "/news/1");
            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, true));
            assertEquals(List.of("TAKEN", "TAKEN"), outcomes(watch));
            assertEquals(2, reload(watch).itemsTaken);
            assertEquals(1, site.requests("/news/1"), "an item already taken is not fetched again");

            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, true));
            Watch third = reload(watch);
            assertEquals("Not changed since the last poll.", third.lastOutcome);
            assertEquals(3, site.requests("/rss"));
            assertEquals(1, site.requests("/news/2"));
            assertEquals(2, third.itemsTaken);
        }
    }

    @Test
    void anAtomFeedIsAskedWhetherItChangedSinceItsLastModified() {
        try (TestSite site = TestSite.start()) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            story(site, "/a/1", "Atom one " + run, "\"Exports rose by 12 percent,\" trade minister Lena Dahl said. ("
                    + run + ")");
            story(site, "/a/2", "Atom two " + run, "\"Imports fell by 2 percent,\" Lena Dahl said later. (" + run
                    + ")");
            String[] feed = {atom(site, "/a/1"), "Tue, 05 Mar 2024 10:00:00 GMT"};
            site.handle("/atom", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
                exchange.getResponseHeaders().add("Last-Modified", feed[1]);
                if (feed[1].equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                TestSite.send(exchange, 200, feed[0].getBytes(StandardCharsets.UTF_8), false);
            });
            Watch watch = WatchFixtures.watch(Watch.Kind.FEED, site.url("/atom"), null);

            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, false));
            assertEquals(List.of("TAKEN"), outcomes(watch));
            feed[0] = atom(site, "/a/1", "/a/2");
            feed[1] = "Wed, 06 Mar 2024 10:00:00 GMT";
            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, true));
            assertEquals(List.of("TAKEN", "TAKEN"), outcomes(watch));
            assertEquals("Atom two " + run, articleOf(site.url("/a/2")).headline);
            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, true));
            assertEquals("Not changed since the last poll.", reload(watch).lastOutcome);
            assertEquals(1, site.requests("/a/2"));
        }
    }

    @Test
    void aFailingFeedIsRecordedAndTriedLessOftenUntilItAnswersAgain() {
        try (TestSite site = TestSite.start()) {
            Watch watch = WatchFixtures.watch(Watch.Kind.FEED, site.url("/gone"), null);
            Instant before = Instant.now();
            assertEquals(WatchPoller.Result.FAILED, poller.poll(watch.id, false));
            Watch once = reload(watch);
            assertEquals(1, once.failures);
            assertNotNull(once.lastError);
            assertNotNull(once.lastErrorAt);
            Duration interval = Duration.ofMinutes(15);
            assertFalse(once.nextPollAt.isBefore(before.plus(interval.multipliedBy(2))),
                    "backed off: " + once.nextPollAt);

            site.html("/gone", "<html><body><p>Not a feed at all.</p></body></html>");
            assertEquals(WatchPoller.Result.FAILED, poller.poll(watch.id, true));
            Watch twice = reload(watch);
            assertEquals(2, twice.failures);
            assertTrue(twice.lastError.contains("Not an RSS or Atom feed"), twice.lastError);
            assertFalse(twice.nextPollAt.isBefore(before.plus(interval.multipliedBy(4))), "backed off more");

            rssAt(site, "/gone", "\"ok\"");
            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, true));
            Watch again = reload(watch);
            assertEquals(0, again.failures);
            assertEquals("No new items.", again.lastOutcome);
        }
    }

    @Test
    void whileOneInstanceHoldsAWatchsLockAnotherPassesWithoutFetching() throws Exception {
        try (TestSite site = TestSite.start()) {
            rss(site, "\"held\"");
            Watch watch = WatchFixtures.watch(Watch.Kind.FEED, site.url("/rss"), null);
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<Boolean> first = other.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                    boolean got = KeyLock.tryHold(WatchPoller.LOCK, String.valueOf(watch.id));
                    held.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    return got;
                }));
                assertTrue(held.await(30, TimeUnit.SECONDS));
                assertEquals(WatchPoller.Result.BUSY, poller.poll(watch.id, false));
                assertEquals(0, site.requests("/rss"), "nothing fetched while the other instance polls");
                TestSession.signedIn("watch", Role.EDITOR).post("/watch/" + watch.id + "/stop", Map.of())
                        .then().statusCode(303);
                assertTrue(reload(watch).active, "not stopped under a running poll");
                release.countDown();
                assertTrue(first.get(30, TimeUnit.SECONDS));
            } finally {
                release.countDown();
                other.shutdownNow();
            }
            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, false));
            assertEquals(WatchPoller.Result.NOT_DUE, poller.poll(watch.id, false), "polled: not due again");
            assertEquals(1, site.requests("/rss"));
        }
    }

    @Test
    void twoSchedulersPollingTheSameWatchAtOnceFetchItOnce() throws Exception {
        try (TestSite site = TestSite.start()) {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            byte[] feed = rssBody(site).getBytes(StandardCharsets.UTF_8);
            // The feed answers only once the other poll has come and gone, so both really overlap.
            site.handle("/slow", exchange -> {
                inside.countDown();
                try {
                    finish.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
                TestSite.send(exchange, 200, feed, false);
            });
            Watch watch = WatchFixtures.watch(Watch.Kind.FEED, site.url("/slow"), null);
            ExecutorService instances = Executors.newFixedThreadPool(2);
            try {
                Future<WatchPoller.Result> one = instances.submit(() -> poller.poll(watch.id, false));
                assertTrue(inside.await(30, TimeUnit.SECONDS));
                Future<WatchPoller.Result> two = instances.submit(() -> poller.poll(watch.id, false));
                assertEquals(WatchPoller.Result.BUSY, two.get(30, TimeUnit.SECONDS));
                finish.countDown();
                assertEquals(WatchPoller.Result.POLLED, one.get(30, TimeUnit.SECONDS));
            } finally {
                finish.countDown();
                instances.shutdownNow();
            }
            assertEquals(1, site.requests("/slow"));
        }
    }

    @Test
    void anotherFactCheckersClaimReviewIsKeptCurrentByPolling() {
        try (TestSite site = TestSite.start()) {
            String claim = "The new ferry line carries 9 million passengers a year " + UUID.randomUUID();
            String[] rating = {"Mostly false"};
            String[] etag = {"\"r1\""};
            site.handle("/fact-check", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().add("ETag", etag[0]);
                if (etag[0].equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                String page = """
                        <html lang="en"><head><script type="application/ld+json">
                        {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%s",
                         "claimReviewed": "%s", "datePublished": "2024-04-01", "dateModified": "%s",
                         "author": {"@type": "Organization", "name": "Ferry Checkers"},
                         "reviewRating": {"@type": "Rating", "alternateName": "%s"},
                         "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Per Lund"}}}
                        </script></head><body><p>Our check.</p></body></html>"""
                        .formatted(site.url("/fact-check"), claim,
                                rating[0].equals("False") ? "2024-04-03T10:00:00Z" : "2024-04-01T10:00:00Z", rating[0]);
                TestSite.send(exchange, 200, page.getBytes(StandardCharsets.UTF_8), false);
            });
            Watch watch = WatchFixtures.watch(Watch.Kind.CLAIMREVIEW, site.url("/fact-check"), null);

            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, false));
            assertEquals("Mostly false", external(claim).rating);
            assertTrue(reload(watch).lastOutcome.contains("1 added"), reload(watch).lastOutcome);

            rating[0] = "False";
            etag[0] = "\"r2\"";
            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, true));
            assertEquals("False", external(claim).rating, "the publisher's correction reached us");
            assertTrue(reload(watch).lastOutcome.contains("1 updated"), reload(watch).lastOutcome);
            assertEquals(2, reload(watch).itemsTaken);

            assertEquals(WatchPoller.Result.POLLED, poller.poll(watch.id, true));
            assertEquals("Not changed since the last poll.", reload(watch).lastOutcome);
            assertNull(reload(watch).lastError);
        }
    }

    private static void story(TestSite site, String path, String headline, String text) {
        site.html(path, "<html lang=\"en\"><head><title>" + headline + "</title><meta property=\"og:site_name\" "
                + "content=\"Loopback News\"></head><body><nav>Home · World</nav><article><h1>" + headline
                + "</h1><p>" + text + "</p></article></body></html>");
    }

    private static void rss(TestSite site, String etag, String... paths) {
        rssAt(site, "/rss", etag, paths);
    }

    private static void rssAt(TestSite site, String at, String etag, String... paths) {
        site.serve(at, new TestSite.Answer(200, Map.of("Content-Type", "application/rss+xml", "ETag", etag),
                rssBody(site, paths).getBytes(StandardCharsets.UTF_8)));
    }

    private static String rssBody(TestSite site, String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><description>A story</description><link>").append(site.url(path))
                    .append("</link><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Loopback News"
                + "</title><link>" + site.url("/") + "</link><description>News</description>" + items
                + "</channel></rss>";
    }

    private static String atom(TestSite site, String... paths) {
        StringBuilder entries = new StringBuilder();
        for (String path : paths) {
            entries.append("<entry><id>urn:x:").append(path).append("</id><link rel=\"alternate\" href=\"")
                    .append(path).append("\"/><updated>2024-03-05T09:00:00Z</updated></entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Loopback Atom</title><id>urn:x:feed</id><updated>2024-03-05T09:00:00Z</updated>"
                + entries + "</feed>";
    }

    private static Watch reload(Watch watch) {
        return QuarkusTransaction.requiringNew().call(() -> Watch.findById(watch.id));
    }

    private static List<String> outcomes(Watch watch) {
        return QuarkusTransaction.requiringNew().call(() -> new ArrayList<>(WatchedItem.<WatchedItem>list(
                "watch.id = ?1 order by id", watch.id).stream().map(item -> item.outcome.name()).toList()));
    }

    private static Article articleOf(String url) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("url", url).firstResult());
    }

    private static ExternalFactCheck external(String claim) {
        return QuarkusTransaction.requiringNew().call(
                () -> ExternalFactCheck.<ExternalFactCheck>find("claimReviewed", claim).firstResult());
    }
}
