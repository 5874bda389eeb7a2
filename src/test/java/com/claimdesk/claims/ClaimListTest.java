package com.claimdesk.claims;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClaimListTest {

    @Test
    void keysetPagesWalkEveryClaimOnceNewestFirst() {
        String tag = "page-" + System.nanoTime();
        Claimant claimant = ClaimFixtures.claimant("Pager " + tag);
        int total = ClaimFilter.PAGE_SIZE + 7;
        for (int i = 0; i < total; i++) {
            ClaimFixtures.claim(claimant, "Claim " + i, tag);
        }
        String checker = TestSession.newAccount("list", Role.CHECKER);

        List<Integer> first = TestSession.api(checker).get("/api/claims?tag=" + tag).then().statusCode(200)
                .body("items", hasSize(ClaimFilter.PAGE_SIZE))
                .body("counts.NEW", equalTo(total))
                .extract().path("items.id");
        Integer next = TestSession.api(checker).get("/api/claims?tag=" + tag).path("next");
        List<Integer> second = TestSession.api(checker).get("/api/claims?tag=" + tag + "&after=" + next)
                .then().body("items", hasSize(7)).body("next", nullValue()).extract().path("items.id");

        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        Set<Integer> distinct = new HashSet<>(all);
        assertEquals(total, distinct.size(), "no claim twice, none missing");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1) > all.get(i), "newest first");
        }
    }

    @Test
    void filtersCombineAndCountsFollowThem() {
        String tag = "filter-" + System.nanoTime();
        Claimant lavrov = ClaimFixtures.claimant("Lavrov " + tag);
        Claimant peskov = ClaimFixtures.claimant("Peskov " + tag);
        ClaimFixtures.claim(lavrov, "Lavrov one", tag);
        ClaimFixtures.claim(lavrov, "Lavrov two", tag);
        ClaimFixtures.claim(peskov, "Peskov one", tag);
        String checker = TestSession.newAccount("list", Role.CHECKER);

        TestSession.api(checker).get("/api/claims?tag=" + tag + "&claimant=" + lavrov.id)
                .then().body("items", hasSize(2)).body("counts.NEW", equalTo(2));
        TestSession.api(checker).get("/api/claims?tag=" + tag + "&q=PESKOV")
                .then().body("items", hasSize(1)).body("items[0].claimant.name", equalTo(peskov.name));
        TestSession.api(checker).get("/api/claims?tag=" + tag + "&status=DISMISSED")
                .then().body("items", hasSize(0)).body("counts.NEW", equalTo(3));
    }

    @Test
    void thePageShowsCountsAndRefusesBadFiltersPolitely() {
        TestSession session = TestSession.signedIn("list", Role.CHECKER);
        session.get("/claims").then().statusCode(200)
                .body(containsString("data-testid=\"status-counts\""))
                .body(containsString("data-testid=\"count-NEW\""));
        session.get("/claims?status=bogus&from=not-a-date&after=abc").then().statusCode(400)
                .body(containsString("data-testid=\"error-status\""))
                .body(containsString("data-testid=\"error-from\""));
        TestSession.api(TestSession.newAccount("list", Role.CHECKER)).get("/api/claims?kind=rumour")
                .then().statusCode(400).body("fields.kind", containsString("Choose a kind"));
    }

    @Test
    void theWordsFilterIsTheSearchStemsAccentsPhrasesAndExclusions() {
        String tag = "words-" + System.nanoTime();
        Claimant claimant = ClaimFixtures.claimant("Words " + tag);
        ClaimFixtures.claim(claimant, "Russia amassed troops near the border", tag);
        ClaimFixtures.claim(claimant, "The troops were near Kyiv, said Zelenskyy's office", tag);
        ClaimFixtures.claim(claimant, "Müller said the border stays open", tag);
        String checker = TestSession.newAccount("list", Role.CHECKER);

        TestSession.api(checker).get("/api/claims?tag=" + tag + "&q=amassing").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].statement", containsString("amassed"));
        TestSession.api(checker).get("/api/claims?tag=" + tag + "&q=muller").then()
                .body("items", hasSize(1)).body("items[0].statement", containsString("Müller"));
        TestSession.api(checker).get("/api/claims?tag=" + tag + "&q=\"troops near the border\"").then()
                .body("items", hasSize(1)).body("counts.NEW", equalTo(1));
        TestSession.api(checker).get("/api/claims?tag=" + tag + "&q=troops -kyiv").then()
                .body("items", hasSize(1)).body("items[0].statement", containsString("amassed"));
        TestSession.signedIn("list", Role.CHECKER).get("/claims?tag=" + tag + "&q=amassing").then().statusCode(200)
                .body(containsString("Russia amassed troops near the border"))
                .body(org.hamcrest.Matchers.not(containsString("Müller said")));
    }
}
