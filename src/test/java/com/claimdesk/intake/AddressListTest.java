package com.claimdesk.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.fetch.TestSite;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A list of addresses brought in in the background, with a progress page that survives a reload. */
@QuarkusTest
class AddressListTest {

    static TestSite site;

    @BeforeAll
    static void startSite() {
        site = TestSite.start();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void eachAddressEndsAddedDuplicateOrRefusedWithTheReason() {
        String marker = UUID.randomUUID().toString();
        site.html("/a-" + marker, ArticleByAddressTest.newsPage(marker, "https://harbour.example/a-" + marker));
        site.html("/b-" + marker, ArticleByAddressTest.newsPage(marker + " b", "https://harbour.example/a-" + marker));
        TestSession session = TestSession.signedIn("lists", Role.CHECKER);
        String list = String.join("\n", site.url("/a-" + marker), "", site.url("/b-" + marker),
                site.url("/missing-" + marker), "http://10.0.0.1/intranet", "not an address", site.url("/a-" + marker));

        String location = session.post("/address-lists", Map.of("addresses", list))
                .then().statusCode(303).extract().header("Location");
        String page = waitUntilDone(session, location);

        assertTrue(page.contains("data-testid=\"count-added\">1<"), page);
        assertTrue(page.contains("data-testid=\"count-duplicate\">2<"), page);
        assertTrue(page.contains("data-testid=\"count-refused\">3<"), page);
        assertTrue(page.contains("data-outcome=\"ADDED\" data-position=\"1\""), page);
        assertTrue(page.contains("data-outcome=\"DUPLICATE\" data-position=\"2\""), page);
        assertTrue(page.contains("data-outcome=\"REFUSED\" data-position=\"3\""), page);
        assertTrue(page.contains("HTTP status 404"), page);
        assertTrue(page.contains("newsroom&#39;s own network"), page);
        assertTrue(page.contains("not a valid web address"), page);
        assertTrue(page.contains("data-outcome=\"DUPLICATE\" data-position=\"6\""), page);
        assertTrue(!page.contains("http-equiv=\"refresh\""), "a finished list stops refreshing");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "actor = ?1 and action = ?2", session.username, "article.created")));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "actor = ?1 and action = ?2", session.username, "addresses.imported")));
    }

    @Test
    void theProgressPageRefreshesItselfAndSurvivesAReload() throws Exception {
        String marker = UUID.randomUUID().toString();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(1);
        byte[] html = ArticleByAddressTest.newsPage(marker, "https://harbour.example/slow-" + marker)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        site.handle("/slow-" + marker, exchange -> {
            asked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            TestSite.send(exchange, 200, html, false);
        });
        TestSession session = TestSession.signedIn("lists", Role.CHECKER);
        String location = session.post("/address-lists", Map.of("addresses", site.url("/slow-" + marker)))
                .then().statusCode(303).extract().header("Location");
        assertTrue(asked.await(60, TimeUnit.SECONDS), "the worker takes the address up");

        for (int reload = 0; reload < 2; reload++) {
            session.get(location).then().statusCode(200)
                    .body(containsString("<meta http-equiv=\"refresh\" content=\"2\">"))
                    .body(containsString("data-finished=\"false\""))
                    .body(containsString("data-testid=\"count-waiting\">1<"));
        }
        release.countDown();

        String done = waitUntilDone(session, location);
        assertTrue(done.contains("data-testid=\"count-added\">1<"), done);
    }

    @Test
    void aListOfMoreThanFiveHundredAddressesIsRefusedBesideTheField() {
        TestSession session = TestSession.signedIn("lists", Role.CHECKER);
        String list = IntStream.rangeClosed(1, 501).mapToObj(i -> "https://news.example.org/" + i)
                .collect(Collectors.joining("\n"));
        long before = QuarkusTransaction.requiringNew().call(() -> AddressImport.count());

        session.post("/address-lists", Map.of("addresses", list))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-addresses\""))
                .body(containsString("at most 500 addresses; this one has 501"));

        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> AddressImport.count()));
    }

    @Test
    void anEmptyListIsRefusedBesideTheField() {
        TestSession session = TestSession.signedIn("lists", Role.CHECKER);

        session.post("/address-lists", Map.of("addresses", "\n  \n"))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-addresses\""))
                .body(containsString("at least one web address"));
    }

    @Test
    void someoneElsesListIsNotFound() {
        TestSession owner = TestSession.signedIn("lists", Role.CHECKER);
        String location = owner.post("/address-lists", Map.of("addresses", "not an address"))
                .then().statusCode(303).extract().header("Location");

        TestSession.signedIn("lists", Role.CHECKER).get(location).then().statusCode(404)
                .body(not(containsString("not an address")));
    }

    /** Reloads the progress page, as the browser does, until the list is done; returns the last page. */
    private static String waitUntilDone(TestSession session, String location) {
        for (int attempt = 0; attempt < 600; attempt++) {
            String page = session.get(location).then().statusCode(200).extract().asString();
            if (page.contains("data-finished=\"true\"")) {
                return page;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the list was not done after two minutes");
    }
}
