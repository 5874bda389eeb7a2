package com.claimdesk.quotes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.sources.Source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** POST and GET /api/claims/{id}/quote-checks: a check is stored with the claim, bad input stores nothing. */
@QuarkusTest
class QuoteCheckApiTest {

    static final String LINE = "We make clear that there are core principles that we are committed to uphold and defend";

    private static String checker;

    @BeforeAll
    static void account() {
        checker = TestSession.newAccount("quote-checks", Role.CHECKER);
    }

    @Test
    void aCheckIsStoredWithItsPassageListedAndInTheClaimsHistory() {
        String text = QuoteFixtures.blinken();
        Claim claim = QuoteFixtures.quote("Antony Blinken", "“" + LINE + ".”");
        Source source = QuoteFixtures.transcript(text);

        TestSession.api(checker).body(Map.of("sourceId", source.id, "note", "Read against state.gov"))
                .post("/api/claims/" + claim.id + "/quote-checks").then().statusCode(201)
                .body("label", equalTo("verbatim"))
                .body("suggestedLabel", equalTo("verbatim"))
                .body("start", equalTo(text.indexOf(LINE)))
                .body("end", equalTo(text.indexOf(LINE) + LINE.length()))
                .body("passage", equalTo(LINE))
                .body("speakerInSource", equalTo("SECRETARY BLINKEN"))
                .body("speaker", equalTo("same"))
                .body("checkedBy", equalTo(checker))
                .body("note", equalTo("Read against state.gov"));

        TestSession.api(checker).get("/api/claims/" + claim.id + "/quote-checks").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].sourceId", equalTo(source.id.intValue()))
                .body("[0].label", equalTo("verbatim"));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "claimId = ?1 and action = ?2", claim.id, "quote-check.stored")));
    }

    @Test
    void theReviewerOverridesTheSuggestionAndAnAlteredQuoteListsItsEditsNegationFirst() {
        Claim claim = QuoteFixtures.quote("Antony Blinken",
                "We make clear that there are no core principles that we are committed to uphold and defend");
        Source source = QuoteFixtures.transcript(QuoteFixtures.blinken());

        TestSession.api(checker).body(Map.of("sourceId", source.id)).post("/api/claims/" + claim.id + "/quote-checks")
                .then().statusCode(201)
                .body("label", equalTo("altered"))
                .body("negationChanged", equalTo(true))
                .body("edits[0].quoted", containsString("no"));
        TestSession.api(checker).body(Map.of("sourceId", source.id, "label", "spliced"))
                .post("/api/claims/" + claim.id + "/quote-checks").then().statusCode(201)
                .body("label", equalTo("spliced"))
                .body("suggestedLabel", equalTo("altered"));
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsStored() {
        Claim claim = QuoteFixtures.quote("Antony Blinken", LINE);
        Source source = QuoteFixtures.transcript(QuoteFixtures.blinken());
        Source noCopy = QuoteFixtures.transcript("x");
        QuarkusTransaction.requiringNew().run(() -> {
            Source s = Source.findById(noCopy.id);
            s.archiveMediaType = "image/png";
        });
        long checks = count();
        String path = "/api/claims/" + claim.id + "/quote-checks";
        Map<String, Object> emptyQuote = new HashMap<>(Map.of("sourceId", source.id, "quote", "  "));

        TestSession.api(checker).body(emptyQuote).post(path).then().statusCode(400)
                .body("fields.quote", containsString("empty"));
        TestSession.api(checker).body(Map.of("quote", LINE)).post(path).then().statusCode(400)
                .body("fields.sourceId", containsString("Choose"));
        TestSession.api(checker).body(Map.of("sourceId", 987654321)).post(path).then().statusCode(400)
                .body("fields.sourceId", containsString("no source"));
        TestSession.api(checker).body(Map.of("sourceId", noCopy.id)).post(path).then().statusCode(400)
                .body("fields.sourceId", containsString("archived copy"));
        TestSession.api(checker).body(Map.of("sourceId", source.id, "label", "fabricated")).post(path).then()
                .statusCode(400).body("fields.label", containsString("verbatim"));
        TestSession.api(checker).body(Map.of("sourceId", source.id, "note", "n".repeat(4001))).post(path).then()
                .statusCode(400).body("fields.note", containsString("4000"));
        TestSession.api(checker).body(Map.of("sourceId", source.id, "quote", "q".repeat(5001))).post(path).then()
                .statusCode(400).body("fields.quote", containsString("5000"));
        TestSession.api(checker).body("{\"sourceId\": ").post(path).then().statusCode(400);
        TestSession.api(checker).body(Map.of("sourceId", source.id)).post("/api/claims/987654321/quote-checks")
                .then().statusCode(404);
        assertEquals(checks, count());
    }

    @Test
    void theSameQuoteInArticlesOnRecordIsListedByDateTheEarliestFirstSeen() {
        String text = QuoteFixtures.blinken();
        Claim claim = QuoteFixtures.quote("Antony Blinken", LINE);
        Source source = QuoteFixtures.transcript(text);
        ClaimFixtures.article("Blinken told reporters: “We make it clear that there are basic principles that we are "
                + "committed to upholding,” he said in Washington.");

        List<Map<String, Object>> variants = TestSession.api(checker).body(Map.of("sourceId", source.id))
                .post("/api/claims/" + claim.id + "/quote-checks").then().statusCode(201)
                .extract().jsonPath().getList("variants");
        Map<String, Object> variant = variants.stream()
                .filter(v -> String.valueOf(v.get("quoted")).contains("basic principles")).findFirst().orElseThrow();
        assertEquals("altered", variant.get("label"));
        assertEquals(true, variants.get(0).get("firstSeen"));
        assertEquals(1, variants.stream().filter(v -> Boolean.TRUE.equals(v.get("firstSeen"))).count());
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> QuoteCheck.count());
    }
}
