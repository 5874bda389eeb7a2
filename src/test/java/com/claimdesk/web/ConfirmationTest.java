package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Account;
import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.claimreview.Publishing;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.Claimant;
import com.claimdesk.verdicts.Rating;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Irreversible one-click actions on the pages (publish, claimant merge, rating delete, account roles and password)
 * ask first on a page of their own: the first click changes nothing and says exactly what will happen; the form
 * on that page, sent again with {@code confirm} and its CSRF token, does it. The API stays one step.
 */
@QuarkusTest
class ConfirmationTest {

    @Test
    void publishingShowsWhatBecomesPublicThenPublishesOnConfirmation() {
        Publishing publishing = new Publishing();
        String claimReviewed = "Only NATO allies decide on membership " + UUID.randomUUID();
        long claimId = publishing.approveOnly(claimReviewed);
        int verdictId = publishing.verdictOf(claimId);
        TestSession editor = TestSession.signIn(publishing.editor);
        long audited = audited(claimId);

        Response asked = editor.post("/verdicts/" + verdictId + "/publish",
                Map.of("version", version(publishing, verdictId)));
        asked.then().statusCode(200)
                .body(containsString("data-testid=\"confirmation\""))
                .body(containsString("/fact-checks/" + claimId))
                .body(containsString(claimReviewed))
                .body(containsString("Jens Stoltenberg"))
                .body(containsString("Only the allies decide, by unanimity."))
                .body(containsString("The North Atlantic Treaty"));
        assertEquals("APPROVED", status(publishing, verdictId));
        assertEquals(audited, audited(claimId));
        given().get("/fact-checks/" + claimId).then().statusCode(404);

        // The confirmation page's own form: without its token it is refused, with it the verdict goes out.
        Map<String, Object> confirmed = Map.of("version", hidden(asked, "version"),
                "confirm", hidden(asked, "confirm"));
        editor.postWithoutToken("/verdicts/" + verdictId + "/publish", confirmed).then().statusCode(403);
        assertEquals("APPROVED", status(publishing, verdictId));
        editor.post("/verdicts/" + verdictId + "/publish", confirmed)
                .then().statusCode(303).header("Location", endsWith("/verdicts/" + verdictId));
        assertEquals("PUBLISHED", status(publishing, verdictId));
        given().get("/fact-checks/" + claimId).then().statusCode(200).body(containsString(claimReviewed));
    }

    @Test
    void aStaleOrRefusedPublishIsReportedAtOnceNotConfirmed() {
        Publishing publishing = new Publishing();
        long claimId = publishing.approveOnly("A claim approved a moment ago " + UUID.randomUUID());
        int verdictId = publishing.verdictOf(claimId);
        TestSession editor = TestSession.signIn(publishing.editor);

        int version = version(publishing, verdictId);
        editor.post("/verdicts/" + verdictId + "/publish", Map.of("version", version - 1))
                .then().statusCode(409).body(not(containsString("data-testid=\"confirmation\"")));
        // The editor who approved is another than the author; a checker cannot publish at all.
        TestSession.signIn(publishing.checker).post("/verdicts/" + verdictId + "/publish", Map.of("version", version))
                .then().statusCode(403);
        assertEquals("APPROVED", status(publishing, verdictId));
    }

    @Test
    void theApiPublishesInOneStep() {
        Publishing publishing = new Publishing();
        long claimId = publishing.approveOnly("Published through the API " + UUID.randomUUID());
        int verdictId = publishing.verdictOf(claimId);
        TestSession.api(publishing.editor).body(Map.of()).post("/api/verdicts/" + verdictId + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aMergeSaysWhichClaimantGoesIntoWhichAndHowManyClaimsMove() {
        String suffix = " " + UUID.randomUUID().toString().substring(0, 8);
        Claimant kept = ClaimFixtures.claimant("Sergey Lavrov" + suffix);
        Claimant gone = ClaimFixtures.claimant("S. Lavrov" + suffix, "Russian Foreign Minister" + suffix);
        ClaimFixtures.claim(kept, "Talks can begin");
        ClaimFixtures.claim(gone, "Nobody is going to attack anyone");
        ClaimFixtures.claim(gone, "The answer is in writing");
        TestSession editor = TestSession.signedIn("merger", Role.EDITOR);

        Response asked = editor.post("/claimants/" + gone.id + "/merge", Map.of("into", kept.name));
        asked.then().statusCode(200).body(containsString("data-testid=\"confirmation\""));
        assertEquals("The claimant S. Lavrov" + suffix + " (no. " + gone.id + ") disappears into Sergey Lavrov"
                + suffix + " (no. " + kept.id + ").", text(asked, "gone"));
        assertEquals("2 claims move from S. Lavrov" + suffix + " to Sergey Lavrov" + suffix + ".",
                text(asked, "moved"));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Claimant.findById(gone.id)));
        assertEquals(2, count(() -> Claim.count("claimant.id", gone.id)));

        editor.post("/claimants/" + gone.id + "/merge", Map.of("into", hidden(asked, "into"), "confirm", true))
                .then().statusCode(303).header("Location", endsWith("/claimants/" + kept.id));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Claimant.findById(gone.id)));
        assertEquals(3, count(() -> Claim.count("claimant.id", kept.id)));
    }

    @Test
    void deletingARatingAsksFirst() {
        TestSession admin = TestSession.signedIn("scale", Role.ADMIN);
        String label = "Half-baked " + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/admin/ratings", Map.of("label", label, "description", "Not quite cooked.", "colour", "#aa5500"))
                .then().statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> Rating.<Rating>find("label", label).firstResult().id);

        Response asked = admin.post("/admin/ratings/" + id + "/delete", Map.of());
        asked.then().statusCode(200).body(containsString("data-testid=\"confirmation\""));
        String what = text(asked, "rating-deleted");
        assertEquals(label + " is removed from the scale for good: Not quite cooked.", what);
        assertEquals(1, count(() -> Rating.count("label", label)));

        admin.post("/admin/ratings/" + id + "/delete", Map.of("confirm", true)).then().statusCode(303);
        assertEquals(0, count(() -> Rating.count("label", label)));
    }

    @Test
    void changingRolesSaysWhatIsGainedAndLost() {
        TestSession admin = TestSession.signedIn("roles", Role.ADMIN);
        String username = TestSession.newAccount("promoted", Role.CHECKER);
        Account account = account(username);

        Response asked = admin.post("/admin/accounts/" + account.id + "/roles",
                Map.of("version", account.version, "roles", List.of("editor", "admin")));
        asked.then().statusCode(200).body(containsString("data-testid=\"confirmation\""));
        assertEquals("Gains editor — " + Role.EDITOR.description + ".", text(asked, "gains-editor"));
        assertEquals("Gains admin — " + Role.ADMIN.description + ".", text(asked, "gains-admin"));
        assertEquals("Loses checker — " + Role.CHECKER.description + ".", text(asked, "loses-checker"));
        assertEquals("Roles afterwards: editor, admin.", text(asked, "roles-after"));
        assertEquals("checker", account(username).roles);

        admin.post("/admin/accounts/" + account.id + "/roles", Map.of("version", hidden(asked, "version"),
                "roles", List.of("editor", "admin"), "confirm", true)).then().statusCode(303);
        assertEquals("editor,admin", account(username).roles);
    }

    @Test
    void resettingAPasswordAsksFirst() {
        TestSession admin = TestSession.signedIn("reset", Role.ADMIN);
        String username = TestSession.newAccount("forgetful", Role.CHECKER);
        long id = account(username).id;

        Response asked = admin.post("/admin/accounts/" + id + "/password", Map.of("password", "a-brand-new-secret"));
        asked.then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("data-testid=\"confirmation\""));
        assertEquals("The password " + username + " signs in with now stops working at once, on the pages and for"
                + " API clients; only the new one works.", text(asked, "password-replaced"));
        TestSession.api(username).get("/api/whoami").then().statusCode(200);

        admin.post("/admin/accounts/" + id + "/password",
                Map.of("password", hidden(asked, "password"), "confirm", true)).then().statusCode(303);
        TestSession.api(username).get("/api/whoami").then().statusCode(401);
        given().auth().preemptive().basic(username, "a-brand-new-secret").get("/api/whoami").then().statusCode(200);
    }

    private static String status(Publishing publishing, int verdictId) {
        return TestSession.api(publishing.checker).get("/api/verdicts/" + verdictId).path("status");
    }

    private static int version(Publishing publishing, int verdictId) {
        return TestSession.api(publishing.checker).get("/api/verdicts/" + verdictId).path("version");
    }

    private static long audited(long claimId) {
        return count(() -> AuditEntry.count("claimId", claimId));
    }

    private static long count(Callable<Long> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    private static Account account(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow());
    }

    /** The value of a hidden field of the confirmation form. */
    private static String hidden(Response page, String name) {
        return Jsoup.parse(page.asString()).select("[data-testid=confirmation] input[name=" + name + "]").attr("value");
    }

    /** The text of an element as a reader sees it. */
    private static String text(Response page, String testId) {
        return Jsoup.parse(page.asString()).select("[data-testid=" + testId + "]").text();
    }
}
