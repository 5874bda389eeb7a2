package com.claimdesk.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StartPageTest {

    @Test
    void aFirstSignInIsWelcomedNotWelcomedBack() {
        String username = TestSession.newAccount("first", Role.CHECKER);
        TestSession.signIn(username).get("/").then().statusCode(200)
                .body(containsString("data-testid=\"welcome\">Welcome, " + username + "."))
                .body(not(containsString("Welcome back")));
    }

    @Test
    void someoneWhoSignedInBeforeIsWelcomedBack() {
        String username = TestSession.newAccount("again", Role.CHECKER);
        TestSession.signIn(username);
        TestSession.signIn(username).get("/").then().statusCode(200)
                .body(containsString("data-testid=\"welcome\">Welcome back, " + username + "."));
    }

    @Test
    void theAnonymousStartPageLeadsToThePublishedFactChecks() {
        TestSession.anonymous().get("/").then().statusCode(200)
                .body(containsString("href=\"/fact-checks\" data-testid=\"public-fact-checks\""));
    }
}
