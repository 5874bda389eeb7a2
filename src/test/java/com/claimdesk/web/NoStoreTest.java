package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;

/** What a signed-in person saw is never kept by the browser or a cache: Back after signing out shows nothing. */
@QuarkusTest
class NoStoreTest {

    @Test
    void signedInPagesAndApiAnswersAreNotStored() {
        TestSession checker = TestSession.signedIn("nostore", Role.CHECKER);
        for (String path : new String[] {"/", "/claims", "/account/password", "/fact-checks", "/no/such/page"}) {
            assertEquals("no-store", checker.get(path).header("Cache-Control"), path);
        }
        String username = TestSession.newAccount("nostore-api", Role.CHECKER);
        TestSession.api(username).get("/api/whoami").then().header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void publicPagesStayCacheableAsBefore() {
        for (String path : new String[] {"/", "/fact-checks", "/login", "/ratings"}) {
            given().get(path).then().header("Cache-Control", nullValue());
        }
        String styles = given().get("/css/claimdesk.css").header("Cache-Control");
        TestSession checker = TestSession.signedIn("nostore-css", Role.CHECKER);
        checker.get("/css/claimdesk.css").then().header("Cache-Control", equalTo(styles))
                .header("Cache-Control", not(equalTo("no-store")));
    }
}
