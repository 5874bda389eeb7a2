package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void theApiIsDescribed() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/articles"))
                .body(containsString("/api/claims/{id}"))
                .body(containsString("ClaimRequest"));
    }
}
