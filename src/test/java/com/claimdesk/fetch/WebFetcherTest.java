package com.claimdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.claimdesk.audit.AuditEntry;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.fetch.FetchRefused.Reason;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;

/**
 * Fetching by address against a local site: pages, redirects, charsets, limits, and the guard that keeps the
 * newsroom's own network out of reach.
 */
@QuarkusTest
class WebFetcherTest {

    static TestSite site;
    /** Listens on 127.0.0.1, which the test profile does not allow: a request reaching it is a leak. */
    static TestSite trap;

    @Inject
    WebFetcher fetcher;

    @Inject
    Vertx vertx;

    @Inject
    AuditLog audit;

    @BeforeAll
    static void startSites() {
        site = TestSite.start();
        trap = TestSite.startOn("127.0.0.1");
        trap.html("/", "<p>internal admin page</p>");
    }

    @AfterAll
    static void stopSites() {
        site.close();
        trap.close();
    }

    @Test
    void aPageIsFetchedWithItsHeaders() throws Exception {
        String path = "/page-" + UUID.randomUUID();
        site.serve(path, new TestSite.Answer(200, Map.of("Content-Type", "text/html; charset=utf-8",
                "ETag", "\"v1\"", "Last-Modified", "Wed, 25 Nov 2026 08:00:00 GMT"),
                "<h1>Grüße</h1>".getBytes(StandardCharsets.UTF_8)));

        Fetched page = fetcher.fetch(site.url(path), Conditions.NONE);

        assertEquals(200, page.status());
        assertEquals(URI.create(site.url(path)), page.address());
        assertEquals("text/html", page.mediaType());
        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertEquals("<h1>Grüße</h1>", page.text());
        assertEquals("\"v1\"", page.etag());
        assertEquals("Wed, 25 Nov 2026 08:00:00 GMT", page.lastModified());
    }

    @Test
    void anUnchangedPageIsAnswered304WhenItsConditionsHold() throws Exception {
        String path = "/etag-" + UUID.randomUUID();
        site.serve(path, new TestSite.Answer(200, Map.of("Content-Type", "text/html", "ETag", "\"abc\""),
                "<p>same</p>".getBytes(StandardCharsets.UTF_8)));
        Fetched first = fetcher.fetch(site.url(path), Conditions.NONE);

        Fetched second = fetcher.fetch(site.url(path), Conditions.of(first));

        assertEquals(304, second.status());
        assertTrue(second.notModified());
        assertEquals(0, second.body().length);
        assertEquals("\"abc\"", second.etag());
    }

    @Test
    void aRedirectChainIsFollowedToItsEnd() throws Exception {
        String id = UUID.randomUUID().toString();
        site.redirect("/a-" + id, site.url("/b-" + id));
        site.redirect("/b-" + id, "/c-" + id); // relative, as many sites send
        site.serve("/c-" + id, new TestSite.Answer(301, Map.of("Location", "d-" + id), new byte[0]));
        site.html("/d-" + id, "<p>the end</p>");

        Fetched page = fetcher.fetch(site.url("/a-" + id), Conditions.NONE);

        assertEquals(URI.create(site.url("/d-" + id)), page.address());
        assertEquals("<p>the end</p>", page.text());
    }

    @Test
    void moreThanFiveRedirectsAreRefused() {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            site.redirect("/loop" + i + "-" + id, "/loop" + (i + 1) + "-" + id);
        }
        site.html("/loop6-" + id, "<p>too far</p>");

        FetchRefused refused = assertThrows(FetchRefused.class,
                () -> fetcher.fetch(site.url("/loop0-" + id), Conditions.NONE));

        assertEquals(Reason.TOO_MANY_REDIRECTS, refused.reason());
        assertEquals(0, site.requests("/loop6-" + id));
    }

    @Test
    void fiveRedirectsAreFollowed() throws Exception {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            site.redirect("/hop" + i + "-" + id, "/hop" + (i + 1) + "-" + id);
        }
        site.html("/hop5-" + id, "<p>arrived</p>");

        assertEquals("<p>arrived</p>", fetcher.fetch(site.url("/hop0-" + id), Conditions.NONE).text());
    }

    @Test
    void theCharsetComesFromTheHeader() throws Exception {
        String path = "/latin-" + UUID.randomUUID();
        site.page(path, "text/html; charset=ISO-8859-1",
                "<p>Le ministre a déclaré</p>".getBytes(StandardCharsets.ISO_8859_1));

        Fetched page = fetcher.fetch(site.url(path), Conditions.NONE);

        assertEquals("<p>Le ministre a déclaré</p>", page.text());
    }

    @Test
    void theCharsetComesFromTheByteOrderMark() throws Exception {
        String path = "/bom-" + UUID.randomUUID();
        byte[] text = "<p>Müller said</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) 0xFF;
        body[1] = (byte) 0xFE;
        System.arraycopy(text, 0, body, 2, text.length);
        site.page(path, "text/html", body);

        Fetched page = fetcher.fetch(site.url(path), Conditions.NONE);

        assertEquals(StandardCharsets.UTF_16LE, page.charset());
        assertEquals("<p>Müller said</p>", page.text());
    }

    @Test
    void theCharsetComesFromTheMetaElement() throws Exception {
        String path = "/meta-" + UUID.randomUUID();
        site.page(path, "text/html", ("<html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=iso-8859-1\"></head><body><p>Señor Pérez</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));

        Fetched page = fetcher.fetch(site.url(path), Conditions.NONE);

        assertTrue(page.text().contains("<p>Señor Pérez</p>"), page.text());
    }

    @Test
    void aPageWithoutCharsetHasNone() throws Exception {
        String path = "/plain-" + UUID.randomUUID();
        site.page(path, "text/html", "<p>plain</p>".getBytes(StandardCharsets.UTF_8));

        assertNull(fetcher.fetch(site.url(path), Conditions.NONE).charset());
    }

    @Test
    void aSixMegabytePageIsRefused() {
        String path = "/big-" + UUID.randomUUID();
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        site.page(path, "text/html", big);

        FetchRefused refused = assertThrows(FetchRefused.class, () -> fetcher.fetch(site.url(path), Conditions.NONE));

        assertEquals(Reason.TOO_BIG, refused.reason());
        assertTrue(refused.getMessage().contains("larger than 5 MB"), refused.getMessage());
    }

    @Test
    void aSixMegabytePageSentWithoutItsLengthIsStoppedPastFiveMegabytes() {
        String path = "/stream-" + UUID.randomUUID();
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        site.handle(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            TestSite.send(exchange, 200, big, true);
        });

        FetchRefused refused = assertThrows(FetchRefused.class, () -> fetcher.fetch(site.url(path), Conditions.NONE));

        assertEquals(Reason.TOO_BIG, refused.reason());
    }

    @Test
    void anErrorStatusIsRefusedWithItsMeaning() {
        FetchRefused refused = assertThrows(FetchRefused.class,
                () -> fetcher.fetch(site.url("/missing-" + UUID.randomUUID()), Conditions.NONE));

        assertEquals(Reason.HTTP_STATUS, refused.reason());
        assertTrue(refused.getMessage().contains("404 (no such page)"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/file", "file:///etc/passwd", "gopher://example.org/", "not an address",
            "javascript:alert(1)", ""})
    void onlyWebAddressesAreFetched(String address) {
        FetchRefused refused = assertThrows(FetchRefused.class, () -> fetcher.fetch(address, Conditions.NONE));

        assertEquals(Reason.BAD_ADDRESS, refused.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/", "http://localhost:%d/", "http://[::1]:%d/", "http://10.0.0.1:%d/",
            "http://169.254.169.254:%d/latest/meta-data/", "http://[fd00::1]:%d/", "http://[::ffff:127.0.0.1]:%d/",
            "http://0.0.0.0:%d/", "http://2130706433:%d/"})
    void theNewsroomsOwnNetworkIsNeverFetched(String pattern) {
        String address = pattern.formatted(trap.port());
        int before = trap.requests();

        FetchRefused refused = assertThrows(FetchRefused.class, () -> fetcher.fetch(address, Conditions.NONE));

        assertEquals(Reason.PRIVATE_NETWORK, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().contains("newsroom's own network"), refused.getMessage());
        assertEquals(before, trap.requests());
        assertAudited(URI.create(address).getPort());
    }

    @Test
    void aNameResolvingToLoopbackIsRefused() {
        WebFetcher fetcher = WebFetcher.with(vertx, audit,
                resolving(Map.of("intranet.example.com", "127.0.0.1")), List.of());
        int before = trap.requests();

        FetchRefused refused = assertThrows(FetchRefused.class,
                () -> fetcher.fetch("http://intranet.example.com:" + trap.port() + "/", Conditions.NONE));

        assertEquals(Reason.PRIVATE_NETWORK, refused.reason());
        assertEquals(before, trap.requests());
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() {
        WebFetcher fetcher = WebFetcher.with(vertx, audit,
                resolving(Map.of("mixed.example.com", "93.184.216.34,10.1.2.3")), List.of());

        FetchRefused refused = assertThrows(FetchRefused.class,
                () -> fetcher.fetch("http://mixed.example.com/", Conditions.NONE));

        assertEquals(Reason.PRIVATE_NETWORK, refused.reason());
    }

    @Test
    void aPublicLookingAddressRedirectingToLoopbackIsRefused() {
        String path = "/to-loopback-" + UUID.randomUUID();
        site.redirect(path, "http://127.0.0.1:" + trap.port() + "/");
        // news.example.com stands for a public site: resolved (by this table) to the test site, allowed by name.
        WebFetcher fetcher = WebFetcher.with(vertx, audit,
                resolving(Map.of("news.example.com", TestSite.HOST)), List.of("news.example.com"));
        int before = trap.requests();

        FetchRefused refused = assertThrows(FetchRefused.class,
                () -> fetcher.fetch("http://news.example.com:" + site.port() + path, Conditions.NONE));

        assertEquals(Reason.PRIVATE_NETWORK, refused.reason());
        assertEquals(1, site.requests(path));
        assertEquals(before, trap.requests());
        assertAudited(trap.port());
    }

    @Test
    void theConnectionGoesToTheAddressChecked() throws Exception {
        String path = "/pinned-" + UUID.randomUUID();
        site.html(path, "<p>pinned</p>");
        // No DNS knows this name: the page arrives only if the connection is made to the address resolved here.
        WebFetcher fetcher = WebFetcher.with(vertx, audit,
                resolving(Map.of("pinned.claimdesk.invalid", TestSite.HOST)), List.of("pinned.claimdesk.invalid"));

        Fetched page = fetcher.fetch("http://pinned.claimdesk.invalid:" + site.port() + path, Conditions.NONE);

        assertEquals("<p>pinned</p>", page.text());
    }

    private static void assertAudited(int port) {
        long entries = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and summary like ?2", "fetch.refused", "%:" + port + "/%"));
        assertTrue(entries > 0, "the refusal is in the audit log");
    }

    /** A DNS of a few fixed names ({@code name -> "address,address"}); other names as the system resolves them. */
    private static WebFetcher.Resolver resolving(Map<String, String> table) {
        return host -> {
            String addresses = table.get(host);
            if (addresses == null) {
                return InetAddress.getAllByName(host);
            }
            InetAddress[] resolved = Arrays.stream(addresses.split(",")).map(a -> {
                try {
                    return InetAddress.getByName(a);
                } catch (UnknownHostException e) {
                    throw new IllegalArgumentException(e);
                }
            }).toArray(InetAddress[]::new);
            return resolved;
        };
    }
}
