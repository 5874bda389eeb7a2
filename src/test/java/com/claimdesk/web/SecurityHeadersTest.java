package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/login", "/css/claimdesk.css", "/no/such/page", "/ratings",
                "/fact-checks", "/q/health/ready", "/api/whoami"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
        }
    }

    @Test
    void pagesCarryNoInlineScript() {
        String page = given().get("/login").asString();
        assertFalse(page.matches("(?s).*<script(?![^>]*(src=|application/ld\\+json)).*"),
                "only external scripts and JSON-LD data blocks");
    }
}
