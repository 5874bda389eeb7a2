package com.claimdesk.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Sessions end when they should, copied cookies included: signing out, a new password (own or reset), a role
 * taken away, a deactivation.
 */
@QuarkusTest
class SessionEndTest {

    /** A copy of a browser's cookies, as someone who copied them would send them. */
    private static Response withCopied(Map<String, String> cookies, String path) {
        return given().redirects().follow(false).cookies(cookies).get(path);
    }

    private static Map<String, String> copy(TestSession session) {
        return Map.of(Sessions.SESSION_COOKIE, session.cookie(Sessions.SESSION_COOKIE),
                Sessions.GENERATION_COOKIE, session.cookie(Sessions.GENERATION_COOKIE));
    }

    private static void assertEnded(Map<String, String> cookies) {
        withCopied(cookies, "/claims").then().statusCode(302).header("Location", endsWith("/login"));
    }

    private static Account account(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow());
    }

    @Test
    void aCopiedCookieNoLongerWorksAfterSigningOut() {
        TestSession session = TestSession.signedIn("copied", Role.CHECKER);
        Map<String, String> copied = copy(session);
        withCopied(copied, "/claims").then().statusCode(200);
        session.post("/logout", Map.of()).then().statusCode(303);
        assertEnded(copied);
        // The ended session's cookies are removed, so the browser does not keep knocking.
        Response refused = withCopied(copied, "/claims");
        assertTrue(refused.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(Sessions.SESSION_COOKIE + "=;") && c.contains("Max-Age=0")));
        given().redirects().follow(false).get("/login").then().statusCode(200);
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsAndKeepsThisOne() {
        String username = TestSession.newAccount("twodevices", Role.CHECKER);
        TestSession laptop = TestSession.signIn(username);
        TestSession phone = TestSession.signIn(username);
        laptop.post("/account/password", Map.of("current", TestSession.password(username),
                "password", "a-new-long-secret", "confirm", "a-new-long-secret")).then().statusCode(303);
        laptop.get("/claims").then().statusCode(200);
        assertEnded(copy(phone));
    }

    @Test
    void anAdministratorsResetEndsTheSessions() {
        TestSession admin = TestSession.signedIn("resetter", Role.ADMIN);
        TestSession person = TestSession.signedIn("reset", Role.CHECKER);
        Map<String, String> copied = copy(person);
        admin.post("/admin/accounts/" + account(person.username).id + "/password",
                Map.of("password", "another-long-secret", "confirm", true)).then().statusCode(303);
        assertEnded(copied);
    }

    @Test
    void takingARoleAwayEndsTheSessionsGivingOneDoesNot() {
        TestSession admin = TestSession.signedIn("roler", Role.ADMIN);
        TestSession person = TestSession.signedIn("roles", Role.CHECKER);
        Account account = account(person.username);
        admin.post("/admin/accounts/" + account.id + "/roles",
                Map.of("version", account.version, "roles", List.of("checker", "editor"), "confirm", true))
                .then().statusCode(303);
        person.get("/claims").then().statusCode(200);
        account = account(person.username);
        admin.post("/admin/accounts/" + account.id + "/roles",
                Map.of("version", account.version, "roles", List.of("editor"), "confirm", true)).then().statusCode(303);
        assertEnded(copy(person));
    }

    @Test
    void aDeactivatedAccountIsSignedOutCannotSignInAndKeepsItsWork() throws Exception {
        TestSession admin = TestSession.signedIn("deactivator", Role.ADMIN);
        TestSession person = TestSession.signedIn("leaver", Role.CHECKER);
        Account account = account(person.username);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Deactivation " + account.id), "A claim they had");
        QuarkusTransaction.requiringNew().run(() -> Claim.<Claim>findById(claim.id).assignee = Account.findById(account.id));
        TestSession.api(person.username).get("/api/whoami").then().statusCode(200);

        admin.post("/admin/accounts/" + account.id + "/deactivate", Map.of("version", account.version))
                .then().statusCode(303);
        assertFalse(account(person.username).active);
        given().redirects().follow(false).formParam("j_username", person.username)
                .formParam("j_password", TestSession.password(person.username)).post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("error=true"));
        TestSession.api(person.username).get("/api/whoami").then().statusCode(401);
        assertEnded(copy(person));
        admin.get("/claims/" + claim.id).then().statusCode(200).body(containsString(person.username));
        admin.get("/admin/accounts").then().body(containsString("data-testid=\"deactivated\""));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and entityId = ?2", "account.deactivated", account.id)));

        admin.post("/admin/accounts/" + account.id + "/reactivate",
                Map.of("version", account(person.username).version)).then().statusCode(303);
        TestSession.signIn(person.username).get("/claims").then().statusCode(200);
    }

    @Test
    void administratorsCannotDeactivateThemselves() {
        TestSession admin = TestSession.signedIn("self", Role.ADMIN);
        Account account = account(admin.username);
        admin.post("/admin/accounts/" + account.id + "/deactivate", Map.of("version", account.version))
                .then().statusCode(400).body(containsString("data-testid=\"error-active\""));
        assertTrue(account(admin.username).active);
    }
}
