package com.claimdesk.sources;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Sources linked to claims: reuse by address, stances, editing, unlinking, and the API. */
@QuarkusTest
class EvidenceTest {

    TestSession reviewer;
    Claim troops;
    Claim denial;
    String url;

    @BeforeEach
    void twoClaims() {
        reviewer = TestSession.signedIn("ev", Role.CHECKER);
        var russia = ClaimFixtures.claimant("Russia " + UUID.randomUUID());
        troops = ClaimFixtures.claim(russia, "Russia has 100,000 troops at the border");
        denial = ClaimFixtures.claim(russia, "Russia will not take military action");
        url = "https://www.example.gov/briefings/" + UUID.randomUUID();
    }

    @Test
    void aSourceIsLinkedWithItsStanceAndShownInItsGroup() {
        reviewer.post("/evidence", link(troops, url, "SUPPORTS", "Satellite images show 100,000 troops."))
                .then().statusCode(303).header("Location", endsWith("/claims/" + troops.id + "#evidence"));

        String page = reviewer.get("/claims/" + troops.id).then().statusCode(200).extract().asString();
        String supports = page.substring(page.indexOf("data-testid=\"stance-SUPPORTS\""),
                page.indexOf("data-testid=\"stance-CONTRADICTS\""));
        assertTrue(supports.contains("Satellite images show 100,000 troops."));
        assertTrue(supports.contains("rel=\"noopener noreferrer\""));
        String contradicts = page.substring(page.indexOf("data-testid=\"stance-CONTRADICTS\""),
                page.indexOf("data-testid=\"stance-CONTEXT\""));
        assertFalse(contradicts.contains("Satellite images"));
    }

    @Test
    void aKnownAddressIsReusedSoOneSourceServesTwoClaims() {
        reviewer.post("/evidence", link(troops, url, "SUPPORTS", "")).then().statusCode(303);
        long sources = Source.count();
        // The same page typed another way: upper-case host, tracking parameter, fragment.
        String sameUrl = url.replace("www.example.gov", "WWW.EXAMPLE.GOV") + "?utm_source=newsletter#top";
        reviewer.post("/evidence", link(denial, sameUrl, "CONTRADICTS", ""))
                .then().statusCode(303);
        reviewer.get("/claims/" + denial.id).then().body(containsString("already on record as a source"));

        assertEquals(sources, Source.count(), "no second source for the same page");
        Source source = Source.findByUrl(url).orElseThrow();
        reviewer.get("/sources/" + source.id).then().statusCode(200)
                .body(containsString("/claims/" + troops.id))
                .body(containsString("/claims/" + denial.id));
    }

    @Test
    void badAddressesAndOversizedFieldsAreRefusedBesideTheFieldAndNothingIsStored() {
        long sources = Source.count();
        long evidence = Evidence.count();
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/x",
                "not a url"}) {
            reviewer.post("/evidence", link(troops, bad, "SUPPORTS", ""))
                    .then().statusCode(400).body(containsString("data-testid=\"error-source.url\""));
        }
        reviewer.post("/evidence", link(troops, url, "SUPPORTS", "x".repeat(5001)))
                .then().statusCode(400).body(containsString("data-testid=\"error-excerpt\""))
                .body(containsString("Use at most 5000 characters"));
        reviewer.post("/evidence", link(troops, url, "", ""))
                .then().statusCode(400).body(containsString("data-testid=\"error-stance\""));

        assertEquals(sources, Source.count(), "a refused link stores no source either");
        assertEquals(evidence, Evidence.count());
    }

    @Test
    void editingAndUnlinkingKeepTheRecord() {
        reviewer.post("/evidence", link(troops, url, "CONTEXT", "First reading")).then().statusCode(303);
        Evidence linked = QuarkusTransaction.requiringNew().call(
                () -> Evidence.<Evidence>find("claim.id = ?1", troops.id).firstResult());

        reviewer.post("/evidence/" + linked.id, Map.of("version", linked.version, "stance", "CONTRADICTS",
                "excerpt", "Second reading", "location", "p. 4")).then().statusCode(303);
        reviewer.post("/evidence/" + linked.id, Map.of("version", linked.version, "stance", "SUPPORTS"))
                .then().statusCode(409).body(containsString("Someone changed this evidence"));

        Evidence edited = QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence>findById(linked.id));
        assertEquals(Stance.CONTRADICTS, edited.stance);
        reviewer.post("/evidence/" + linked.id + "/unlink", Map.of("version", edited.version)).then().statusCode(303);

        Evidence unlinked = QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence>findById(linked.id));
        assertNotNull(unlinked.removedAt, "the row stays, marked as unlinked");
        assertEquals(reviewer.username, unlinked.removedBy);
        reviewer.get("/claims/" + troops.id).then()
                .body(containsString("data-testid=\"unlinked\""))
                .body(not(containsString("data-evidence=\"" + linked.id + "\"")));
    }

    @Test
    void theApiLinksListsAndUnlinks() {
        String checker = reviewer.username;
        int sourceId = TestSession.api(checker)
                .body(Map.of("url", url, "title", "Briefing", "type", "OFFICIAL_STATEMENT"))
                .post("/api/sources").then().statusCode(201).extract().path("id");
        TestSession.api(checker).redirects().follow(false)
                .body(Map.of("url", url + "/", "title", "Briefing again", "type", "NEWS_REPORT"))
                .post("/api/sources").then().statusCode(303).header("Location", endsWith("/api/sources/" + sourceId));

        int linkId = TestSession.api(checker)
                .body(Map.of("sourceId", sourceId, "stance", "SUPPORTS", "excerpt", "100,000 troops"))
                .post("/api/claims/" + troops.id + "/evidence").then().statusCode(201)
                .body("source.id", equalTo(sourceId)).extract().path("id");
        TestSession.api(checker)
                .body(Map.of("source", Map.of("url", "https://data.example.org/" + UUID.randomUUID(),
                        "title", "Troop dataset", "type", "DATASET"), "stance", "CONTEXT"))
                .post("/api/claims/" + troops.id + "/evidence").then().statusCode(201)
                .body("sourceReused", equalTo(false));
        TestSession.api(checker).get("/api/claims/" + troops.id + "/evidence").then().statusCode(200)
                .body("$", hasSize(2));

        TestSession.api(checker).delete("/api/claims/" + troops.id + "/evidence/" + linkId).then().statusCode(204);
        TestSession.api(checker).get("/api/claims/" + troops.id + "/evidence").then().body("$", hasSize(1));
        TestSession.api(checker).delete("/api/claims/" + troops.id + "/evidence/" + linkId).then().statusCode(404);

        Map<String, Object> bad = new HashMap<>(Map.of("stance", "MAYBE", "excerpt", "y".repeat(5001)));
        bad.put("source", Map.of("url", "javascript:alert(1)"));
        TestSession.api(checker).body(bad).post("/api/claims/" + troops.id + "/evidence").then().statusCode(400)
                .body("fields", hasKey("source.url"))
                .body("fields", hasKey("stance"))
                .body("fields", hasKey("excerpt"));
        TestSession.api(checker).body(Map.of("sourceId", 987654321, "stance", "SUPPORTS"))
                .post("/api/claims/" + troops.id + "/evidence").then().statusCode(400).body("fields", hasKey("sourceId"));
    }

    private static Map<String, Object> link(Claim claim, String url, String stance, String excerpt) {
        return Map.of("claim", claim.id, "source.url", url, "source.title", "Pentagon briefing",
                "source.publisher", "US Department of Defense", "source.type", "OFFICIAL_STATEMENT",
                "stance", stance, "excerpt", excerpt);
    }
}
