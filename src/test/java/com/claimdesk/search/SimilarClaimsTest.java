package com.claimdesk.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.Claimant;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SimilarClaimsTest {

    @Test
    void anEarlierClaimInOtherWordsIsOfferedAndCanBeLinkedAsTheSameClaim() {
        Claimant ministry = ClaimFixtures.claimant("Glorbnian defence ministry");
        Claim earlier = ClaimFixtures.claim(ministry, "Glorbnia has massed 40,000 soldiers near the Fendaran frontier");
        Claim other = ClaimFixtures.claim(ministry, "Glorbnia has massed 90,000 soldiers near the Fendaran frontier");
        Claim again = ClaimFixtures.claim(ministry, "More than 40,000 Glorbnian troops are massed at the Fendaran frontier");
        TestSession session = TestSession.signedIn("sim", Role.CHECKER);

        session.get("/claims/" + again.id).then().statusCode(200)
                .body(containsString("data-testid=\"similar\""))
                .body(containsString("data-similar=\"" + earlier.id + "\""))
                .body(not(containsString("data-similar=\"" + other.id + "\"")));

        TestSession.api(session.username).get("/api/claims/" + again.id + "/similar").then().statusCode(200)
                .body("[0].claimId", org.hamcrest.Matchers.equalTo(earlier.id.intValue()))
                .body("claimId", not(org.hamcrest.Matchers.hasItem(other.id.intValue())));

        session.post("/claims/" + again.id + "/same-as", Map.of("earlier", earlier.id)).then().statusCode(303);
        session.get("/claims/" + again.id).then()
                .body(containsString("data-testid=\"same-as\""))
                .body(containsString("/claims/" + earlier.id));
        session.post("/claims/" + again.id + "/same-as", Map.of("earlier", "nonsense")).then().statusCode(400)
                .body(containsString("data-testid=\"error-sameAs\""));
    }
}
