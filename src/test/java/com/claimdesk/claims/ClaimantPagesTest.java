package com.claimdesk.claims;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClaimantPagesTest {

    @Test
    void aClaimantPageListsTheirClaims() {
        Claimant claimant = ClaimFixtures.claimant("Volodymyr Zelensky " + System.nanoTime(), "Zelensky");
        ClaimFixtures.claim(claimant, "Ukraine will not give up territory");
        TestSession.signedIn("cl", Role.CHECKER).get("/claimants/" + claimant.id).then().statusCode(200)
                .body(containsString("data-testid=\"claimant-claims\""))
                .body(containsString("Ukraine will not give up territory"))
                .body(containsString("Zelensky"));
    }

    @Test
    void aClaimWithSeveralAppearancesAndAClaimantWithSeveralAliasesEachHaveOnePage() {
        Claimant claimant = ClaimFixtures.claimant("Olena Hrytsenko " + System.nanoTime(), "Hrytsenko", "O. Hrytsenko",
                "Minister Hrytsenko");
        Claim claim = ClaimFixtures.claim(claimant, "Grain exports doubled in a year");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String place : new String[] {"second", "third"}) {
                Appearance appearance = new Appearance();
                appearance.claim = Claim.findById(claim.id);
                appearance.url = "https://example.org/" + place + "/" + System.nanoTime();
                appearance.seenOn = java.time.LocalDate.of(2022, 2, 1);
                appearance.createdAt = java.time.Instant.now();
                appearance.persist();
            }
        });
        TestSession session = TestSession.signedIn("cl", Role.CHECKER);
        String page = session.get("/claims/" + claim.id).then().statusCode(200).extract().asString();
        assertEquals(3, page.split("&mdash; seen ", -1).length - 1, "each appearance listed once");
        session.get("/claimants/" + claimant.id).then().statusCode(200)
                .body(containsString("Minister Hrytsenko")).body(containsString("O. Hrytsenko"));
    }

    @Test
    void editingKeepsAliasesAndRefusesBadInputBesideTheField() {
        Claimant claimant = ClaimFixtures.claimant("Joe Biden " + System.nanoTime());
        TestSession session = TestSession.signedIn("cl", Role.CHECKER);
        session.post("/claimants/" + claimant.id, Map.of("version", claimant.version, "name", "",
                "type", "ROBOT", "aliases", "Biden"))
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-name\""))
                .body(containsString("data-testid=\"error-type\""));

        session.post("/claimants/" + claimant.id, Map.of("version", claimant.version, "name", claimant.name,
                "type", "PERSON", "title", "US President", "aliases", "Biden\nPresident Biden, Joe Biden"))
                .then().statusCode(303);
        Claimant saved = QuarkusTransaction.requiringNew().call(() -> {
            Claimant c = Claimant.findById(claimant.id);
            c.aliases.size();
            return c;
        });
        assertEquals("US President", saved.title);
        assertEquals(java.util.Set.of("Biden", "President Biden", "Joe Biden"), saved.aliases);
    }

    @Test
    void aStaleEditShowsTheCurrentVersionBesideYours() {
        Claimant claimant = ClaimFixtures.claimant("Olaf Scholz " + System.nanoTime());
        TestSession first = TestSession.signedIn("cl1", Role.CHECKER);
        TestSession second = TestSession.signedIn("cl2", Role.CHECKER);
        first.post("/claimants/" + claimant.id, Map.of("version", claimant.version, "name", claimant.name,
                "type", "PERSON", "title", "German Chancellor")).then().statusCode(303);
        second.post("/claimants/" + claimant.id, Map.of("version", claimant.version, "name", claimant.name,
                "type", "PERSON", "title", "Chancellor of Germany"))
                .then().statusCode(409)
                .body(containsString("data-testid=\"conflict\""))
                .body(containsString("German Chancellor"))
                .body(containsString("value=\"Chancellor of Germany\""));
    }
}
