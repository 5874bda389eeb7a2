package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Account;
import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.ClaimStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/** Requests refused or repaired before anything else reads them: addresses, headers, origins, tokens. */
@QuarkusTest
class RequestGuardTest {

    /** Sends the Content-Type header exactly as given, without RestAssured adding a charset. */
    private static final RestAssuredConfig RAW_TYPE = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Test
    void httpBasicSignsNobodyInOutsideTheApi() {
        String username = TestSession.newAccount("basic-page", Role.CHECKER);
        given().redirects().follow(false).auth().preemptive().basic(username, TestSession.password(username))
                .get("/account/password").then().statusCode(302).header("Location", endsWith("/login"));
        given().redirects().follow(false).auth().preemptive().basic(username, "a wrong guess")
                .get("/").then().statusCode(200);
        TestSession.api(username).get("/api/whoami").then().statusCode(200);
    }

    @Test
    void semicolonParametersReachNoRoute() {
        String admin = TestSession.newAccount("semi", Role.ADMIN, Role.EDITOR, Role.CHECKER);
        TestSession.api(admin).get("/api;x/whoami").then().statusCode(404);
        TestSession.api(admin).get("/api;x=1/claims").then().statusCode(404);
        TestSession.anonymous().get("/api;x=1/claims").then().statusCode(404);
        TestSession.api(admin).get("/api/whoami;x").then().statusCode(404);
        TestSession checker = TestSession.signedIn("semi-checker", Role.CHECKER);
        checker.get("/admin;x/accounts").then().statusCode(404);
        checker.get("/admin;x=1/accounts").then().statusCode(404);
        TestSession.anonymous().get("/claims;x").then().statusCode(404);
        TestSession.anonymous().get("/admin%3bx/accounts").then().statusCode(404);
    }

    @Test
    void signInFromAnotherSiteIsRefused() {
        String username = TestSession.newAccount("login-csrf", Role.CHECKER);
        Response foreign = given().redirects().follow(false).header("Origin", "https://evil.example")
                .formParam("j_username", username).formParam("j_password", TestSession.password(username))
                .post("/j_security_check");
        assertEquals(403, foreign.statusCode());
        assertNull(foreign.getCookie(TestSession.SESSION_COOKIE));
        Response refererOnly = given().redirects().follow(false).header("Referer", "https://evil.example/page")
                .formParam("j_username", username).formParam("j_password", TestSession.password(username))
                .post("/j_security_check");
        assertEquals(403, refererOnly.statusCode());
        Response sandboxed = given().redirects().follow(false).header("Origin", "null")
                .formParam("j_username", username).formParam("j_password", TestSession.password(username))
                .post("/j_security_check");
        assertEquals(403, sandboxed.statusCode());

        String ours = RestAssured.baseURI + ":" + RestAssured.port;
        Response own = given().redirects().follow(false).header("Origin", ours)
                .formParam("j_username", username).formParam("j_password", TestSession.password(username))
                .post("/j_security_check");
        assertEquals(302, own.statusCode());
        assertNotNull(own.getCookie(TestSession.SESSION_COOKIE), "signed in from the own origin");
        // Behind a proxy that rewrites the Host header, the configured public address is ClaimDesk's own.
        given().redirects().follow(false).header("Origin", "http://localhost:8081")
                .formParam("j_username", username).formParam("j_password", TestSession.password(username))
                .post("/j_security_check").then().statusCode(302).cookie(TestSession.SESSION_COOKIE);
    }

    @Test
    void aPlainTextPostWithTheSessionCookieChangesNothing() {
        TestSession session = TestSession.signedIn("text-plain", Role.CHECKER, Role.EDITOR);
        session.get("/");
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Plain " + UUID.randomUUID()), "A claim");
        session.request().contentType("text/plain").body("version=" + claim.version + "&to=dismissed&reason=x")
                .post("/claims/" + claim.id + "/status").then().statusCode(403)
                .body(containsString("security token"));
        Claim after = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(claim.id));
        assertEquals(ClaimStatus.NEW, after.status);
        assertEquals(claim.version, after.version);

        session.request().contentType("text/plain").body("").post("/logout").then().statusCode(403);
        session.get("/account/password").then().statusCode(200);
        session.request().contentType("application/json").body("{}").post("/logout").then().statusCode(403);
        session.get("/account/password").then().statusCode(200);

        // The token in the X-CSRF-TOKEN header is checked whatever the body.
        session.request().contentType("text/plain").header("X-CSRF-TOKEN", "wrong").body("")
                .post("/logout").then().statusCode(403);
        session.get("/account/password").then().statusCode(200);
        session.request().contentType("text/plain").header("X-CSRF-TOKEN", session.cookie(TestSession.CSRF_COOKIE))
                .body("").post("/logout").then().statusCode(303);
    }

    @Test
    void anAddressThatCannotBeACookieIsRememberedEncoded() {
        String username = TestSession.newAccount("remember", Role.CHECKER);
        Response challenge = given().urlEncodingEnabled(false).redirects().follow(false).get("/claims?x=a,b");
        assertEquals(302, challenge.statusCode());
        String remembered = challenge.getCookie(RequestGuard.REMEMBERED_ADDRESS_COOKIE);
        assertNotNull(remembered);
        assertTrue(remembered.endsWith("/claims?x=a%2Cb"), remembered);
        Response signIn = given().redirects().follow(false)
                .cookie(RequestGuard.REMEMBERED_ADDRESS_COOKIE, remembered)
                .formParam("j_username", username).formParam("j_password", TestSession.password(username))
                .post("/j_security_check");
        assertEquals(302, signIn.statusCode());
        assertTrue(signIn.header("Location").endsWith("/claims?x=a%2Cb"), signIn.header("Location"));
    }

    @Test
    void emptyOrBrokenContentTypesAreRefusedReadably() {
        String username = TestSession.newAccount("ctype", Role.CHECKER);
        TestSession session = TestSession.signIn(username);
        for (String type : new String[] {"", " ", "text", "/", "a/b/c", "multipart/form-data", "text/plain; charset=nope"}) {
            given().config(RAW_TYPE).redirects().follow(false).header("Content-Type", type).body("j_username=x".getBytes())
                    .post("/j_security_check").then().statusCode(400).body(containsString("Content-Type"));
            TestSession.api(username).config(RAW_TYPE).header("Content-Type", type).body("{}".getBytes())
                    .post("/api/claims").then().statusCode(400).body("message", containsString("Content-Type"));
            session.request().config(RAW_TYPE).header("Content-Type", type).body("statement=x".getBytes())
                    .post("/claims").then().statusCode(400);
        }
    }

    @Test
    void aNulInAFormFieldIsRefusedByName() {
        TestSession admin = TestSession.signedIn("nul-admin", Role.ADMIN);
        String username = "nul-" + UUID.randomUUID().toString().substring(0, 8);
        Response refused = admin.post("/admin/accounts", Map.of("username", username, "displayName", "Ana\u0000Bell",
                "password", "a-long-enough-Passw0rd", "roles", "checker"));
        refused.then().statusCode(400)
                .body(containsString("displayName")).body(containsString("NUL"));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).isPresent()));
        String api = TestSession.newAccount("nul-api", Role.CHECKER);
        TestSession.api(api).body(Map.of("statement", "Said a\u0000b", "claimant", "Somebody"))
                .post("/api/claims").then().statusCode(400).body("fields.statement", containsString("NUL"));
        admin.request().urlEncodingEnabled(false).get("/search?q=a%00b").then().statusCode(400)
                .body(containsString("NUL"));
    }

    @Test
    void aNulInASignInNameIsAFailedSignInInTheAuditLog() throws Exception {
        String typed = "nul\u0000" + UUID.randomUUID().toString().substring(0, 8);
        given().redirects().follow(false).formParam("j_username", typed).formParam("j_password", "whatever")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("error"));
        String stored = typed.replace("\u0000", "\\0");
        for (int i = 0; i < 50 && count(stored) == 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(1, count(stored));
    }

    private static long count(String actor) {
        return QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.count("actor = ?1 and action = ?2", actor, "account.sign-in-failed"));
    }

    @Test
    void cookieValuesKeepTheAddressReadable() {
        assertEquals("http://x/claims?x=a%2Cb%3Bc%22%5C%20%C3%A9", RequestGuard.cookieSafe("http://x/claims?x=a,b;c\"\\ é"));
        assertEquals("/a?b=c&d=%2F", RequestGuard.cookieSafe("/a?b=c&d=%2F"));
    }
}
