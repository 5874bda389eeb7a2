package com.claimdesk.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.SampleArticles;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExtractionApiTest {

    @Test
    void statementsComeWithExactOffsetsAndNothingIsStored() {
        String user = TestSession.newAccount("x", Role.EDITOR);
        String text = SampleArticles.load(SampleArticles.NATO).text();
        long candidates = Candidate.count();

        List<Map<String, Object>> statements = given().auth().preemptive().basic(user, TestSession.password(user))
                .contentType("text/plain; charset=utf-8").body(text)
                .post("/api/extract")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("statements.content", hasItem(
                        "NATO's relationship with Ukraine is going to be decided by the 30 NATO allies and Ukraine"
                                + " -- no one else."))
                .body("statements.find { it.cue == 'said' && it.kind == 'direct' }.speaker",
                        equalTo("Jens Stoltenberg"))
                .extract().path("statements");

        assertFalse(statements.isEmpty());
        for (Map<String, Object> statement : statements) {
            int start = (Integer) statement.get("start");
            int end = (Integer) statement.get("end");
            assertEquals(text.substring(start, end), statement.get("content"));
        }
        assertEquals(candidates, Candidate.count(), "the API call stores nothing");
    }

    @Test
    void figuresCarryValueUnitAndQualifier() {
        String user = TestSession.newAccount("x", Role.CHECKER);
        given().auth().preemptive().basic(user, TestSession.password(user))
                .contentType("text/plain; charset=utf-8")
                .body(SampleArticles.load(SampleArticles.US).text())
                .post("/api/extract")
                .then().statusCode(200)
                .body("statements.figures.flatten().find { it.text == 'more than 100,000 troops' }.value",
                        equalTo(100000))
                .body("statements.figures.flatten().find { it.text == 'more than 100,000 troops' }.qualifier",
                        equalTo("more than"));
    }

    @Test
    void speakersAreNamedAsTheClaimantsOnRecord() {
        ClaimFixtures.claimant("Ingrid Faltskog-Berg", "Ingrid Faltskog");
        String user = TestSession.newAccount("x", Role.CHECKER);
        given().auth().preemptive().basic(user, TestSession.password(user))
                .contentType("text/plain; charset=utf-8")
                .body("The council met on Monday. \"We will rebuild the bridge by 2030,\" Ingrid Faltskog said.")
                .post("/api/extract")
                .then().statusCode(200)
                .body("statements.find { it.kind == 'direct' }.content", equalTo("We will rebuild the bridge by 2030,"))
                .body("statements.find { it.kind == 'direct' }.speaker", equalTo("Ingrid Faltskog-Berg"));
    }

    @Test
    void signedInOnlyAndBoundedInSize() {
        given().contentType("text/plain").body("Lavrov said talks can begin.").post("/api/extract")
                .then().statusCode(401);
        String user = TestSession.newAccount("x", Role.ADMIN);
        given().auth().preemptive().basic(user, TestSession.password(user))
                .contentType("text/plain; charset=utf-8").body("a".repeat(1024 * 1024 + 1))
                .post("/api/extract")
                .then().statusCode(400).body("fields.text", containsString("1 MB"));
        given().auth().preemptive().basic(user, TestSession.password(user))
                .contentType("text/plain; charset=utf-8").body("")
                .post("/api/extract")
                .then().statusCode(200).body("statements.size()", equalTo(0));
    }
}
