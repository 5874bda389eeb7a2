package com.claimdesk.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.Claimant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ManyMatchesSearchTest {

    @Test
    void aWordMatchingMoreThanCanBeCountedCheaplySaysSoAndShowsTheBestOfTheNewest() {
        String word = "zyllaphor" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Claimant claimant = ClaimFixtures.claimant("Many " + word);
        int many = Search.COUNTED_UP_TO + 50;
        QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager().createNativeQuery("""
                insert into claim (id, statement, claim_reviewed, claimant_id, kind, status, tags, created_by,
                                   created_at, updated_at, version)
                select nextval('claim_seq'), 'Claim ' || n || ' about ' || ?1, 'Claim ' || n || ' about ' || ?1,
                       ?2, 'OTHER', 'NEW', '{}', 'test', now(), now(), 0
                from generate_series(1, ?3) n""")
                .setParameter(1, word).setParameter(2, claimant.id).setParameter(3, many).executeUpdate());

        TestSession.signedIn("many", Role.CHECKER).get("/search?q=" + word + "&status=NEW").then().statusCode(200)
                .body(containsString("Many results"))
                .body(containsString(String.format(java.util.Locale.ROOT, "more than %,d", Search.COUNTED_UP_TO)))
                .body(not(containsString("data-testid=\"search-status-counts\"")))
                .body(containsString("Claim " + many + " about"))
                .body(containsString("href=\"/claims?q=" + word + "&amp;status=NEW\" data-testid=\"all-claims\""));
        // Every match is in the claims list, page by page, the oldest too.
        TestSession.signedIn("many", Role.CHECKER).get("/claims?q=" + word + "&status=NEW").then().statusCode(200)
                .body(containsString("Claim " + many + " about")).body(containsString("rel=\"next\""));
        // The word as it was (a random word plus "s" can stem differently: "…us" keeps its s).
        ClaimFixtures.claim(claimant, "A lone claim about " + word + " and nothing else");
        TestSession.signedIn("many", Role.CHECKER).request().queryParam("q", word + " lone").get("/search").then().statusCode(200)
                .body(containsString("1 result."))
                .body(not(containsString("data-testid=\"all-claims\"")))
                .body(containsString("data-testid=\"search-status-counts\""));
    }
}
