package com.claimdesk.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.Claimant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SearchTest {

    TestSession session;
    String word;
    Claim troops;
    Claim muller;

    @BeforeEach
    void claims() {
        session = TestSession.signedIn("srch", Role.CHECKER);
        // A made-up word keeps each test's results its own.
        word = "zq" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Claimant ministry = ClaimFixtures.claimant("Ministry " + word);
        troops = ClaimFixtures.claim(ministry, "Russia has amassed more than 100,000 troops near " + word, "military");
        muller = ClaimFixtures.claim(ministry, "Thomas Müller scored the most goals at " + word, "sport");
        ClaimFixtures.claim(ministry, "Russia will not take military action against " + word);
    }

    @Test
    void wordsAreFoundInAnyFormAndMarked() {
        search(word + " troop").body(containsString("/claims/" + troops.id + "\""))
                .body(containsString("<mark>"))
                .body(containsString("Ministry " + word + " · New"));
        search(word + " amassing").body(containsString("/claims/" + troops.id + "\""));
    }

    @Test
    void accentsDoNotMatter() {
        search("Muller " + word).body(containsString("/claims/" + muller.id + "\""));
        search("Müller " + word).body(containsString("/claims/" + muller.id + "\""));
    }

    @Test
    void phrasesAndExclusionsWork() {
        search("\"military action\" " + word).body(containsString("military action against"))
                .body(not(containsString("/claims/" + troops.id + "\"")));
        search(word + " -troops").body(not(containsString("/claims/" + troops.id + "\"")))
                .body(containsString("/claims/" + muller.id + "\""));
        search(word + " troops or goals").body(containsString("/claims/" + troops.id + "\""))
                .body(containsString("/claims/" + muller.id + "\""));
    }

    @Test
    void filtersNarrowTheClaims() {
        session.request().queryParam("q", word).queryParam("tag", "sport").get("/search").then().statusCode(200)
                .body(containsString("Claims <span class=\"count\">1</span>"))
                .body(containsString("/claims/" + muller.id + "\""))
                .body(not(containsString("/claims/" + troops.id + "\"")));
        session.request().queryParam("q", word).queryParam("status", "DISMISSED").get("/search").then()
                .statusCode(200).body(not(containsString("/claims/" + troops.id + "\"")))
                .body(containsString("Claims <span class=\"count\">0</span>"));
        session.request().queryParam("q", word).queryParam("status", "NEW").get("/search").then()
                .statusCode(200).body(containsString("Claims <span class=\"count\">3</span>"));
        session.request().queryParam("q", word).queryParam("status", "WHATEVER").get("/search").then()
                .statusCode(400).body(containsString("data-testid=\"error-status\""));
    }

    @Test
    void emptyAndHostileQueriesGiveAResultOrAMessageNeverAnError() {
        session.get("/search").then().statusCode(200);
        for (String hostile : new String[] {"'", "&&", "!!", "(", ")", "\"", "-", "or", "':*", "a & b | !c",
                "'; drop table claim; --", "<script>alert(1)</script>", "\u202Eevil"}) {
            session.request().queryParam("q", hostile).get("/search").then().statusCode(200)
                    .body(not(containsString("<script>alert")));
        }
        // A NUL is not text: refused with a message, like a NUL anywhere in an address.
        session.request().queryParam("q", "\u0000").get("/search").then().statusCode(400)
                .body(containsString("NUL"));
        session.request().queryParam("q", "x".repeat(10 * 1024)).get("/search").then().statusCode(400)
                .body(containsString("at most 500 characters"));
    }

    @Test
    void aPersonsNameOrAliasListsTheClaimsTheyMade() {
        String surname = word + "berg";
        Claimant person = ClaimFixtures.claimant("Jens " + surname, "Secretary " + word + "general");
        Claim said = ClaimFixtures.claim(person, "Allies alone decide on membership");
        Claim other = ClaimFixtures.claim(person, "Troops are massing on the border");
        search(surname).body(containsString("/claimants/" + person.id + "\""))
                .body(containsString("/claims/" + said.id + "\""))
                .body(containsString("/claims/" + other.id + "\""))
                .body(containsString("Claims <span class=\"count\">2</span>"));
        search("Secretary " + word + "general").body(containsString("/claims/" + said.id + "\""));
        // The claim's own words still count for the rest of the query.
        search(surname + " -troops").body(containsString("/claims/" + said.id + "\""))
                .body(not(containsString("/claims/" + other.id + "\"")));
    }

    /** The name words kept for search (V025) follow renames and alias changes made after the claimant was added. */
    @Test
    void aRenamedClaimantIsFoundByTheNewNameAndNewAliases() {
        Claimant person = ClaimFixtures.claimant("Ada " + word + "old");
        Claim said = ClaimFixtures.claim(person, "The harbour fees will double next year");
        QuarkusTransaction.requiringNew().run(() -> {
            Claimant renamed = Claimant.findById(person.id);
            renamed.name = "Ada " + word + "new";
            renamed.aliases.add("Harbour " + word + "alias");
        });
        search(word + "new").body(containsString("/claims/" + said.id + "\""));
        search("harbour " + word + "alias").body(containsString("/claims/" + said.id + "\""));
        search(word + "old").body(not(containsString("/claims/" + said.id + "\"")));
        QuarkusTransaction.requiringNew().run(() -> Claimant.<Claimant>findById(person.id).aliases.clear());
        search(word + "alias").body(not(containsString("/claims/" + said.id + "\"")));
    }

    @Test
    void countsAndKindsReadAsWords() {
        String lone = word + "solo";
        Claimant person = ClaimFixtures.claimant("Ada " + lone);
        search(lone).body(containsString("data-testid=\"total\">1 result.</p>"))
                .body(containsString("/claimants/" + person.id + "\""))
                .body(containsString("<span class=\"meta\">Person</span>"))
                .body(not(containsString("PERSON")));
    }

    @Test
    void theRatingIsChosenFromTheScale() {
        session.request().queryParam("q", word).get("/search").then().statusCode(200)
                .body(containsString("<select id=\"rating\" name=\"rating\">"))
                .body(containsString("<option value=\"False\""));
        session.request().queryParam("q", word).queryParam("rating", "Made up").get("/search").then()
                .statusCode(400).body(containsString("data-testid=\"error-rating\">Choose a rating from the scale."));
    }

    private ValidatableResponse search(String query) {
        return session.request().queryParam("q", query).get("/search").then().statusCode(200);
    }
}
