package com.claimdesk.claims;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.AllAtOnce;
import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Claims naming the same new claimant at the same moment share one claimant; a rename cannot make a twin. */
@QuarkusTest
class ClaimantRaceTest {

    @Test
    void twentyClaimsAtOnceNamingOneNewClaimantMakeOneClaimant() throws Exception {
        String checker = TestSession.newAccount("race", Role.CHECKER);
        String name = "Ada Newcomer " + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> statuses = AllAtOnce.run(20, () -> TestSession
                .api(checker)
                .body(Map.of("statement", "We will build ten bridges", "claimReviewed", "Ten bridges will be built",
                        "claimant", name, "kind", "PARAPHRASE",
                        "appearance", Map.of("url", "https://news.example.org/bridges")))
                .post("/api/claims").statusCode());

        assertEquals(List.of(201), statuses.stream().distinct().toList());
        long claimants = QuarkusTransaction.requiringNew()
                .call(() -> Claimant.count("lower(name) = ?1", name.toLowerCase()));
        assertEquals(1L, claimants);
        assertEquals(20L, QuarkusTransaction.requiringNew()
                .call(() -> Claim.count("claimant.name = ?1", name)));
    }

    @Test
    void renamingAClaimantToAnotherOnesNameIsRefusedBesideTheField() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Claimant first = ClaimFixtures.claimant("Grace First " + suffix);
        Claimant second = ClaimFixtures.claimant("Grace Second " + suffix);
        TestSession editor = TestSession.signedIn("rename", Role.EDITOR);

        editor.post("/claimants/" + second.id, Map.of("version", second.version, "name", "GRACE FIRST " + suffix,
                "type", "PERSON", "aliases", "")).then().statusCode(400)
                .body(containsString("is already called Grace First " + suffix));
        assertEquals("Grace Second " + suffix, QuarkusTransaction.requiringNew()
                .call(() -> Claimant.<Claimant>findById(second.id).name));
        assertEquals(first.name, QuarkusTransaction.requiringNew()
                .call(() -> Claimant.<Claimant>findById(first.id).name));
    }
}
