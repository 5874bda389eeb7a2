package com.claimdesk.claims;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Account;
import com.claimdesk.accounts.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** New work never goes to someone whose account was deactivated; work already theirs stays theirs. */
@QuarkusTest
class ClaimAssigneeTest {

    @Test
    void aDeactivatedAccountIsNotOfferedNorAcceptedForNewWork() {
        TestSession admin = TestSession.signedIn("assignadmin", Role.ADMIN);
        TestSession checker = TestSession.signedIn("assigner", Role.CHECKER);
        String leaver = TestSession.newAccount("leftdesk", Role.CHECKER);
        Claim theirs = ClaimFixtures.claim(ClaimFixtures.claimant("Assignee test " + leaver), "The ferry runs hourly");
        Claim other = ClaimFixtures.claim(theirs.claimant, "The bridge costs 4 million");
        QuarkusTransaction.requiringNew().run(() -> Claim.<Claim>findById(theirs.id).assignee =
                Account.findByUsername(leaver).orElseThrow());
        checker.get("/claims/" + other.id + "/edit").then().statusCode(200)
                .body(containsString("value=\"" + leaver + "\""));

        Account account = Account.findByUsername(leaver).orElseThrow();
        admin.post("/admin/accounts/" + account.id + "/deactivate", Map.of("version", account.version))
                .then().statusCode(303);

        checker.get("/claims/" + other.id + "/edit").then().statusCode(200)
                .body(not(containsString("value=\"" + leaver + "\"")));
        checker.post("/claims/" + other.id, Map.of("version", other.version, "statement", "The bridge costs 5 million",
                "claimReviewed", "The bridge costs 5 million", "claimant", "Assignee test " + leaver, "kind", "figure",
                "assignee", leaver))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-assignee\""))
                .body(containsString("account is deactivated"));
        assertEquals("The bridge costs 4 million", Claim.<Claim>findById(other.id).claimReviewed);

        // The claim already theirs keeps them, shown as deactivated, and can still be edited.
        checker.get("/claims/" + theirs.id + "/edit").then().statusCode(200)
                .body(containsString("(" + leaver + ", deactivated)"));
        checker.post("/claims/" + theirs.id, Map.of("version", Claim.<Claim>findById(theirs.id).version,
                "statement", "The ferry runs every hour", "claimReviewed", "The ferry runs every hour",
                "claimant", "Assignee test " + leaver, "kind", "other", "assignee", leaver))
                .then().statusCode(303);
        assertEquals(leaver, Claim.<Claim>findById(theirs.id).assignee.username);
    }
}
