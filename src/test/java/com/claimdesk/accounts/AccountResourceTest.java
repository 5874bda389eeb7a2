package com.claimdesk.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountResourceTest {

    @Test
    void onlyAdministratorsSeeAccounts() {
        TestSession.signedIn("chk", Role.CHECKER).get("/admin/accounts")
                .then().statusCode(403).body(containsString("data-testid=\"error-403\""));
        TestSession.signedIn("ed", Role.EDITOR).get("/admin/accounts")
                .then().statusCode(403).body(containsString("data-testid=\"error-403\""));
        TestSession.signedIn("adm", Role.ADMIN).get("/admin/accounts")
                .then().statusCode(200).body(containsString("data-testid=\"accounts\""));
    }

    @Test
    void adminCreatesAnAccountThatCanSignIn() {
        TestSession admin = TestSession.signedIn("adm", Role.ADMIN);
        String username = "new-" + System.nanoTime();
        admin.post("/admin/accounts", Map.of("username", username, "displayName", "Ada Reviewer",
                "password", "a-long-enough-secret", "roles", List.of("checker", "editor")))
                .then().statusCode(303).header("Location", containsString("/admin/accounts"));

        Account created = Account.findByUsername(username).orElseThrow();
        assertEquals("checker,editor", created.roles);
        assertEquals("Ada Reviewer", created.displayName);
    }

    @Test
    void badInputIsShownBesideEachFieldAndNothingIsStored() {
        TestSession admin = TestSession.signedIn("adm", Role.ADMIN);
        long before = Account.count();
        admin.post("/admin/accounts", Map.of("username", "Bad Name!", "displayName", "", "password", "short"))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-username\""))
                .body(containsString("data-testid=\"error-displayName\""))
                .body(containsString("data-testid=\"error-password\""))
                .body(containsString("data-testid=\"error-roles\""))
                .body(containsString("value=\"Bad Name!\""));
        assertEquals(before, Account.count());
    }

    @Test
    void takenUserNameIsRefused() {
        TestSession admin = TestSession.signedIn("adm", Role.ADMIN);
        admin.post("/admin/accounts", Map.of("username", admin.username, "displayName", "Twin",
                "password", "a-long-enough-secret", "roles", "checker"))
                .then().statusCode(400).body(containsString("This user name is taken."));
    }

    @Test
    void formWithoutCsrfTokenIsRefusedWithAReadablePage() {
        TestSession admin = TestSession.signedIn("adm", Role.ADMIN);
        admin.get("/admin/accounts");
        String username = "csrf-" + System.nanoTime();
        admin.postWithoutToken("/admin/accounts", Map.of("username", username, "displayName", "X",
                "password", "a-long-enough-secret", "roles", "checker"))
                .then().statusCode(403).body(containsString("Form expired"));
        assertTrue(Account.findByUsername(username).isEmpty());
    }

    @Test
    void rolesChangeWithOptimisticLocking() {
        TestSession admin = TestSession.signedIn("adm", Role.ADMIN);
        String username = TestSession.newAccount("target", Role.CHECKER);
        Account target = Account.findByUsername(username).orElseThrow();

        admin.post("/admin/accounts/" + target.id + "/roles",
                Map.of("version", target.version, "roles", "editor", "confirm", true))
                .then().statusCode(303);
        // A second admin still holding the old version gets a conflict, not a silent overwrite.
        admin.post("/admin/accounts/" + target.id + "/roles",
                Map.of("version", target.version, "roles", "admin", "confirm", true))
                .then().statusCode(409).body(containsString("Someone changed this account"));

        String roles = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername(username).orElseThrow().roles);
        assertEquals("editor", roles);
    }

    @Test
    void adminResetsAPassword() {
        TestSession admin = TestSession.signedIn("adm", Role.ADMIN);
        String username = TestSession.newAccount("forgetful", Role.CHECKER);
        long id = Account.findByUsername(username).orElseThrow().id;

        admin.post("/admin/accounts/" + id + "/password", Map.of("password", "x"))
                .then().statusCode(400).body(containsString("data-testid=\"error-password\""));
        admin.post("/admin/accounts/" + id + "/password", Map.of("password", "fresh-start-secret", "confirm", true))
                .then().statusCode(303);
    }

    @Test
    void aPasswordResetOrANewRoleCountsAtOnceForSessionsAndApiClients() {
        TestSession admin = TestSession.signedIn("adm", Role.ADMIN);
        String username = TestSession.newAccount("apiuser", Role.CHECKER);
        Account account = Account.findByUsername(username).orElseThrow();
        TestSession session = TestSession.signIn(username);
        // Each answered twice: the second time from the identity read a moment ago.
        for (int i = 0; i < 2; i++) {
            TestSession.api(username).get("/api/whoami").then().statusCode(200).body("roles", hasItem("checker"));
            session.get("/claims").then().statusCode(200).body(containsString("(checker)"));
        }

        admin.post("/admin/accounts/" + account.id + "/roles",
                Map.of("version", account.version, "roles", "editor", "confirm", true))
                .then().statusCode(303);
        TestSession.api(username).get("/api/whoami").then().statusCode(200)
                .body("roles", hasItem("editor")).body("roles", not(hasItem("checker")));
        // A role taken away ends the session (SessionEndTest); signed in again, the new role counts.
        session.get("/desk/approvals").then().statusCode(302);
        TestSession.signIn(username).get("/desk/approvals").then().statusCode(200);

        admin.post("/admin/accounts/" + account.id + "/password",
                Map.of("password", "fresh-start-secret", "confirm", true))
                .then().statusCode(303);
        TestSession.api(username).get("/api/whoami").then().statusCode(401);
        given().auth().preemptive().basic(username, "fresh-start-secret").get("/api/whoami").then().statusCode(200);
    }

    @Test
    void unknownAccountIsA404() {
        TestSession.signedIn("adm", Role.ADMIN).get("/admin/accounts/999999999")
                .then().statusCode(404).body(containsString("data-testid=\"error-404\""));
    }
}
