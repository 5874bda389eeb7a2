package com.claimdesk.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.audit.AuditEntry;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SignInTest {

    @Test
    void rightPasswordSignsIn() {
        String username = TestSession.newAccount("signin", Role.CHECKER);
        var response = given().redirects().follow(false)
                .formParam("j_username", username)
                .formParam("j_password", TestSession.password(username))
                .post("/j_security_check");

        response.then().statusCode(302).header("Location", endsWith("/"));
        assertNotNull(response.getCookie(TestSession.SESSION_COOKIE));

        TestSession.signIn(username).get("/").then()
                .statusCode(200)
                .body(containsString("data-testid=\"signed-in-as\">" + username + "<"));
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        String username = TestSession.newAccount("signin", Role.CHECKER);
        var response = given().redirects().follow(false)
                .formParam("j_username", username)
                .formParam("j_password", "not-the-password")
                .post("/j_security_check");

        response.then().statusCode(302).header("Location", containsString("/login?error=true"));
        assertNull(response.getCookie(TestSession.SESSION_COOKIE));
        given().get("/login?error=true").then().statusCode(401).body(containsString("data-testid=\"login-failed\""));
    }

    @Test
    void signInsAndFailuresAreInTheAuditLog() throws Exception {
        String username = TestSession.newAccount("audited", Role.CHECKER);
        TestSession.signIn(username);
        given().redirects().follow(false).formParam("j_username", username).formParam("j_password", "wrong-password")
                .post("/j_security_check").then().statusCode(302);
        // The log is written asynchronously, off the thread that signs people in.
        for (int i = 0; i < 50 && AuditEntry.count("actor = ?1", username) < 2; i++) {
            Thread.sleep(100);
        }
        assertEquals(1,
                AuditEntry.count("actor = ?1 and action = ?2", username, "account.signed-in"));
        assertEquals(1,
                AuditEntry.count("actor = ?1 and action = ?2", username, "account.sign-in-failed"));
    }

    @Test
    void repeatedFailuresFromOneAddressSlowItDown() throws Exception {
        String username = TestSession.newAccount("throttled", Role.CHECKER);
        int refused = 0;
        String retryAfter = null;
        // Each guess names another account, so only the address is counted.
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS + 1; i++) {
            var response = given().redirects().follow(false).formParam("j_username", "guess-" + i + "-" + username)
                    .formParam("j_password", "guess-" + i).post("/j_security_check");
            if (response.statusCode() == 429) {
                refused++;
                retryAfter = response.header("Retry-After");
                assertTrue(response.asString().contains("Too many failed sign-ins"));
            }
        }
        assertEquals(1, refused, "the attempt after the free ones is refused");
        // After the wait, the right password works again, and clears the address.
        Thread.sleep(Long.parseLong(retryAfter) * 1000 + 500);
        TestSession.signIn(username).get("/").then().statusCode(200);
    }

    @Test
    void repeatedFailuresForOneAccountMakeItRestEvenWithTheRightPassword() throws Exception {
        String username = TestSession.newAccount("resting", Role.CHECKER);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            given().redirects().follow(false).formParam("j_username", username)
                    .formParam("j_password", "guess-" + i).post("/j_security_check")
                    .then().statusCode(302).header("Location", containsString("error=true"));
        }
        given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", TestSession.password(username)).post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("error=true"));
        given().auth().preemptive().basic(username, TestSession.password(username)).get("/api/whoami")
                .then().statusCode(401);

        // Another account signs in from the same address meanwhile: only the guessed account rests.
        TestSession.signedIn("bystander", Role.CHECKER).get("/").then().statusCode(200);
        // Both refusals (the form's and HTTP Basic's) are in the audit log as such.
        for (int i = 0; i < 50 && AuditEntry.count("actor = ?1 and summary like ?2", username, "%account rests%") < 2; i++) {
            Thread.sleep(100);
        }
        assertEquals(2, AuditEntry.count("actor = ?1 and summary like ?2", username, "%account rests%"));

        // After its rest (five seconds after the fifth failure) the right password works again.
        Thread.sleep(SignInThrottle.FIRST_WAIT.toMillis() + 500);
        TestSession.signIn(username).get("/").then().statusCode(200);
    }

    @Test
    void guessingAnApiPasswordWithHttpBasicMakesTheAccountRestToo() throws Exception {
        String username = TestSession.newAccount("basic", Role.CHECKER);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            given().auth().preemptive().basic(username, "guess-" + i).get("/api/whoami").then().statusCode(401);
        }
        TestSession.api(username).get("/api/whoami").then().statusCode(401);
        for (int i = 0; i < 50 && AuditEntry.count("actor = ?1 and action = ?2", username,
                "account.sign-in-failed") < SignInThrottle.FREE_FAILURES_PER_ACCOUNT + 1; i++) {
            Thread.sleep(100);
        }
        assertEquals(SignInThrottle.FREE_FAILURES_PER_ACCOUNT + 1,
                AuditEntry.count("actor = ?1 and action = ?2", username, "account.sign-in-failed"));
        Thread.sleep(SignInThrottle.FIRST_WAIT.toMillis() + 500);
        TestSession.api(username).get("/api/whoami").then().statusCode(200);
        // A successful API request is not audited: HTTP Basic signs in with every one of them.
        assertEquals(0, AuditEntry.count("actor = ?1 and action = ?2", username, "account.signed-in"));
    }

    @Test
    void cookiesAreSecureBehindAnHttpsProxyAndNeverReadableByScripts() {
        String username = TestSession.newAccount("proxied", Role.CHECKER);
        var behindHttps = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .formParam("j_username", username).formParam("j_password", TestSession.password(username))
                .post("/j_security_check");
        var session = behindHttps.getDetailedCookie(TestSession.SESSION_COOKIE);
        assertTrue(session.isSecured(), "Secure behind HTTPS");
        assertTrue(session.isHttpOnly());
        assertEquals("Lax", session.getSameSite());
        var generation = behindHttps.getDetailedCookie(Sessions.GENERATION_COOKIE);
        assertTrue(generation.isSecured() && generation.isHttpOnly(), "the generation cookie like the session's");
        given().header("X-Forwarded-Proto", "https").cookies(behindHttps.getCookies())
                .get("/articles/new").then().statusCode(200)
                .header("Set-Cookie", allOf(containsString(TestSession.CSRF_COOKIE), containsString("Secure")));

        var plain = given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", TestSession.password(username))
                .post("/j_security_check");
        assertFalse(plain.getDetailedCookie(TestSession.SESSION_COOKIE).isSecured(), "plain HTTP on a laptop");
    }

    @Test
    void unknownUserIsRefused() {
        given().redirects().follow(false)
                .formParam("j_username", "nobody-at-all")
                .formParam("j_password", "whatever-it-is")
                .post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("error=true"));
    }

    @Test
    void pagesSendAnonymousVisitorsToTheSignInForm() {
        given().redirects().follow(false).get("/admin/accounts")
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void apiAsksForBasicCredentials() {
        given().get("/api/whoami").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void signingOutEndsTheSession() {
        TestSession session = TestSession.signedIn("signout", Role.CHECKER);
        session.post("/logout", Map.of()).then().statusCode(303).header("Location", endsWith("/login"));
        session.get("/").then().statusCode(200).body(not(containsString("signed-in-as")));
    }

    @Test
    void changingOwnPasswordChecksTheCurrentOne() {
        TestSession session = TestSession.signedIn("pw", Role.CHECKER);
        session.post("/account/password", Map.of("current", "wrong", "password", "a-new-long-secret",
                "confirm", "a-new-long-secret"))
                .then().statusCode(400).body(containsString("data-testid=\"error-current\""));
        session.post("/account/password", Map.of("current", TestSession.password(session.username),
                "password", "a-new-long-secret", "confirm", "a-new-long-secret"))
                .then().statusCode(303);

        given().redirects().follow(false)
                .formParam("j_username", session.username)
                .formParam("j_password", "a-new-long-secret")
                .post("/j_security_check")
                .then().statusCode(302).header("Location", not(containsString("error")));
    }
}
