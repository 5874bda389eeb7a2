package com.claimdesk.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plain rules of watching: back-off, feed items, the Monitor's ranking. */
class WatchRulesTest {

    @Test
    void eachFailureInARowDoublesTheWaitUpToADay() {
        Duration interval = Duration.ofMinutes(15);
        assertEquals(interval, Watch.backOff(interval, 0));
        assertEquals(Duration.ofMinutes(30), Watch.backOff(interval, 1));
        assertEquals(Duration.ofMinutes(120), Watch.backOff(interval, 3));
        assertEquals(Duration.ofDays(1), Watch.backOff(interval, 12));
        assertEquals(Duration.ofDays(1), Watch.backOff(interval, Integer.MAX_VALUE));
    }

    @Test
    void feedItemsAreReadWithAbsoluteAddressesEachOnce() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>T</title><link>https://news.example.org/</link><description>d</description>
                <item><title>One</title><link>/2024/one</link><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>
                <item><title>One again</title><link>https://news.example.org/2024/one</link></item>
                <item><title>Script</title><link>javascript:alert(1)</link></item>
                <item><title>Two</title><guid>https://news.example.org/2024/two</guid></item>
                </channel></rss>""";
        List<FeedItems.Item> items = FeedItems.read(rss.getBytes(StandardCharsets.UTF_8),
                URI.create("https://news.example.org/feed.xml"));
        assertEquals(List.of("https://news.example.org/2024/one", "https://news.example.org/2024/two"),
                items.stream().map(FeedItems.Item::address).toList());
        assertEquals("One", items.get(0).title());
        assertEquals(LocalDate.of(2024, 3, 4), items.get(0).published());
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoEntityReachesAFileOrTheNetwork() {
        String evil = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title><link>https://a.example/</link><description>d</description>
                <item><title>&x;</title><link>https://a.example/1</link></item></channel></rss>""";
        FeedItems.Unreadable refused = assertThrows(FeedItems.Unreadable.class,
                () -> FeedItems.read(evil.getBytes(StandardCharsets.UTF_8), URI.create("https://a.example/feed")));
        assertTrue(refused.getMessage().startsWith("Not an RSS or Atom feed"), refused.getMessage());
        assertThrows(FeedItems.Unreadable.class,
                () -> FeedItems.read("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8),
                        URI.create("https://a.example/")));
    }

    @Test
    void aClaimAlreadyCheckedOutranksEverythingElseTogether() {
        var checked = new MonitorRanking.Signals(true, false, false, false, false);
        var everythingElse = new MonitorRanking.Signals(false, true, true, true, true);
        var figuresAndSpeaker = new MonitorRanking.Signals(false, true, true, false, false);
        var denial = new MonitorRanking.Signals(false, false, false, true, false);
        var onRecord = new MonitorRanking.Signals(false, false, false, false, true);
        var nothing = new MonitorRanking.Signals(false, false, false, false, false);
        assertTrue(MonitorRanking.score(checked) > MonitorRanking.score(everythingElse));
        assertTrue(MonitorRanking.score(figuresAndSpeaker) > MonitorRanking.score(denial));
        assertTrue(MonitorRanking.score(denial) > MonitorRanking.score(onRecord));
        assertTrue(MonitorRanking.score(onRecord) > MonitorRanking.score(nothing));
        assertEquals(List.of("checked before", "figures", "named speaker", "denial", "claimant on record"),
                MonitorRanking.reasons(new MonitorRanking.Signals(true, true, true, true, true)));
    }
}
