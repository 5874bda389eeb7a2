package com.claimdesk.claimreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.sources.Evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What readers, search engines and link previews see, and where the desk's pages show the verdicts. */
@QuarkusTest
class PublicPagesTest {

    final Publishing publishing = new Publishing();

    @Test
    void aFactCheckCarriesADescriptionAndOpenGraphTags() {
        long claimId = publishing.publish("NATO's door is open to the 30 allies' decision");
        String url = "http://localhost:8081/fact-checks/" + claimId + "/nato-s-door-is-open-to-the-30-allies-decision";
        given().get("/fact-checks/" + claimId).then().statusCode(200)
                .body(containsString("<meta name=\"description\" content=\"Mostly false: Only the allies decide, by "
                        + "unanimity. A fact-check of Jens Stoltenberg.\">"))
                .body(containsString("<meta property=\"og:title\" content=\"NATO&#39;s door is open to the 30 "
                        + "allies&#39; decision\">"))
                .body(containsString("<meta property=\"og:description\" content=\"Mostly false: Only the allies"))
                .body(containsString("<meta property=\"og:url\" content=\"" + url + "\">"))
                .body(containsString("<meta property=\"og:type\" content=\"article\">"));
        given().get("/fact-checks").then().statusCode(200)
                .body(containsString("<meta name=\"description\" content=\"Claims in the news checked by"))
                .body(containsString("<meta property=\"og:url\" content=\"http://localhost:8081/fact-checks\">"));
        given().get("/ratings").then().statusCode(200)
                .body(containsString("<meta name=\"description\" content=\"How ClaimDesk Test Desk rates"))
                .body(containsString("<meta property=\"og:url\" content=\"http://localhost:8081/ratings\">"));
        given().get("/fact-checks/corrections-policy").then().statusCode(200)
                .body(containsString("<meta property=\"og:title\" content=\"Corrections policy\">"));
    }

    @Test
    void theListShowsEachRatingInTheScalesColour() {
        long claimId = publishing.publish("Ukraine's membership is for the allies to decide");
        // "Mostly false" is orange on the scale.
        given().get("/fact-checks").then().statusCode(200)
                .body(containsString("<li data-claim=\"" + claimId + "\">\n    <span class=\"rating\" "
                        + "style=\"--rating: #ef6c00\" data-testid=\"rating\">Mostly false</span>"));
    }

    @Test
    void theSourceAndClaimantPagesListTheVerdictsInsteadOfAPromise() {
        long claimId = publishing.publish("Only the allies and Ukraine decide on membership");
        long[] ids = QuarkusTransaction.requiringNew().call(() -> new long[] {
                Claim.<Claim>findById(claimId).claimant.id,
                Evidence.<Evidence>find("claim.id", claimId).firstResult().source.id});
        TestSession session = TestSession.signedIn("vl", Role.CHECKER);
        session.get("/sources/" + ids[1]).then().statusCode(200)
                .body(not(containsString("once the verdict workflow is in place")))
                .body(containsString("data-testid=\"source-verdicts\""))
                .body(containsString("Only the allies decide, by unanimity.</a>"))
                .body(containsString(">Only the allies and Ukraine decide on membership</a> · Published"));
        session.get("/claimants/" + ids[0]).then().statusCode(200)
                .body(not(containsString("once the verdict workflow is in place")))
                .body(containsString("data-testid=\"claimant-verdicts\""))
                .body(containsString(">Only the allies and Ukraine decide on membership</a> · Published"));
    }

    @Test
    void theClaimsHistorySpeaksTheNewsroomsWords() {
        long claimId = publishing.publish("Membership is for the allies and Ukraine alone");
        TestSession.signedIn("hist", Role.CHECKER).get("/claims/" + claimId).then().statusCode(200)
                .body(containsString("data-testid=\"changed\">(changed the stage of the verdict)"))
                .body(not(containsString("changed: ")));
    }
}
