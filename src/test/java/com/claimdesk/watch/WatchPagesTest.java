package com.claimdesk.watch;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.fetch.TestSite;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Editors subscribe to feeds and fact-checkers on the pages; the feed's page shows last poll, items and errors. */
@QuarkusTest
class WatchPagesTest {

    @Test
    void anEditorSubscribesAndTheFeedsPageShowsItsPollsItemsAndErrors() {
        TestSession editor = TestSession.signedIn("watch", Role.EDITOR);
        try (TestSite site = TestSite.start()) {
            String title = "Loopback Herald " + UUID.randomUUID().toString().substring(0, 8);
            String location = editor.post("/watch", Map.of("kind", "FEED", "address", site.url("/feed.xml"),
                    "title", title, "tag", "politics"))
                    .then().statusCode(303).extract().header("Location");
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            assertEquals(1, QuarkusTransaction.requiringNew().call(
                    () -> AuditEntry.count("action = ?1 and entityId = ?2", "watch.created", id)));
            editor.get("/watch").then().statusCode(200).body(containsString(title));

            editor.post("/watch/" + id + "/poll", Map.of()).then().statusCode(303);
            editor.get("/watch/" + id).then().statusCode(200)
                    .body(containsString("data-testid=\"last-error\""))
                    .body(containsString("waiting longer after 1 failure"));

            site.html("/story", "<html><body><article><h1>Herald story</h1><p>\"Taxes will fall by 5 percent,\" "
                    + "Premier Ida Moe said. " + UUID.randomUUID() + "</p></article></body></html>");
            site.page("/feed.xml", "application/rss+xml", ("<rss version=\"2.0\"><channel><title>Herald</title>"
                    + "<item><title>Herald story</title><link>" + site.url("/story") + "</link></item>"
                    + "</channel></rss>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            editor.post("/watch/" + id + "/poll", Map.of()).then().statusCode(303);
            String page = editor.get("/watch/" + id).then().statusCode(200)
                    .body(containsString("data-outcome=\"TAKEN\""))
                    .body(not(containsString("data-testid=\"last-error\"")))
                    .extract().asString();
            assertTrue(page.contains("1 new article taken"), page);
            assertTrue(page.contains("data-testid=\"items-taken\">1<"), page);

            editor.post("/watch/" + id + "/stop", Map.of()).then().statusCode(303);
            assertFalse(QuarkusTransaction.requiringNew().call(() -> Watch.<Watch>findById(id).active));
        }
    }

    @Test
    void aBadSubscriptionIsRefusedBesideItsFieldsAndTheSameAddressTwiceIsRecognised() {
        TestSession editor = TestSession.signedIn("watch", Role.EDITOR);
        editor.post("/watch", Map.of("kind", "FEED", "address", "javascript:alert(1)", "title", ""))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-address\""))
                .body(containsString("data-testid=\"error-title\""));
        editor.post("/watch", Map.of("kind", "PODCAST", "address", "https://news.example.org/rss", "title", "X"))
                .then().statusCode(400).body(containsString("data-testid=\"error-kind\""));

        String address = "https://checks.example.org/feed-" + UUID.randomUUID() + ".json";
        Map<String, String> form = Map.of("kind", "CLAIMREVIEW", "address", address, "title", "Other Checkers");
        editor.post("/watch", form).then().statusCode(303);
        editor.post("/watch", form).then().statusCode(400).body(containsString("data-testid=\"existing\""));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Watch.count("address", address)));
        // Nothing polls it here: the scheduler is off in tests and nothing reaches example.org.
        QuarkusTransaction.requiringNew().run(() -> Watch.update("active = false where address = ?1", address));
    }

    @Test
    void checkersSeeWhatIsWatchedButOnlyEditorsSubscribe() {
        TestSession checker = TestSession.signedIn("watch", Role.CHECKER);
        checker.get("/watch").then().statusCode(200).body(not(containsString("data-testid=\"subscribe\"")));
        checker.post("/watch", Map.of("kind", "FEED", "address", "https://news.example.org/rss", "title", "X"))
                .then().statusCode(403);
    }
}
