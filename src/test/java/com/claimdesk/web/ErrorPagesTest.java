package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void unknownAddressGetsTheStyledNotFoundPage() {
        given().get("/no/such/page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("data-testid=\"error-404\""))
                .body(containsString("class=\"site-header\""));
    }

    @Test
    void staticFilesAreStillServed() {
        given().get("/css/claimdesk.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void apiErrorsAreJson() {
        String username = TestSession.newAccount("api", Role.CHECKER);
        given().auth().preemptive().basic(username, TestSession.password(username))
                .get("/api/no-such-thing")
                .then().statusCode(404).contentType(containsString("application/json"))
                .body("status", org.hamcrest.Matchers.equalTo(404));
    }

    @Test
    void homePageRendersForAnonymousVisitors() {
        given().get("/").then().statusCode(200)
                .body(containsString("href=\"/login\""))
                .body(not(containsString("Exception")));
    }
}
