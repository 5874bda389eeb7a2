package com.claimdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.Claimant;
import com.claimdesk.verdicts.Reviews;

import io.quarkus.test.junit.QuarkusTest;

/**
 * No N+1 queries: a page sends as many SQL statements for many rows as for few. Each list page is read with
 * a few rows, then with several times as many, and the two counts must be equal.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theClaimsListDoesNotGrowWithItsRows() {
        String tag = "n1-" + UUID.randomUUID().toString().substring(0, 8);
        TestSession session = TestSession.signedIn("n1", Role.CHECKER);
        addClaims(tag, 3);
        long few = statements(() -> session.get("/claims?tag=" + tag).then().statusCode(200));
        addClaims(tag, 12);
        long many = statements(() -> session.get("/claims?tag=" + tag).then().statusCode(200));
        // The second read may find the counts per status still cached: never more statements, maybe fewer.
        assertTrue(many <= few, "statements for 3 claims: " + few + ", for 15: " + many);
        assertTrue(many <= 8, "statements for the claims list: " + many);
    }

    @Test
    void theClaimPageDoesNotGrowWithItsEvidence() {
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("N1 " + UUID.randomUUID()), "A claim with sources");
        TestSession session = TestSession.signedIn("n1", Role.CHECKER);
        link(session, claim, 1);
        long few = statements(() -> session.get("/claims/" + claim.id).then().statusCode(200));
        link(session, claim, 5);
        long many = statements(() -> session.get("/claims/" + claim.id).then().statusCode(200));
        assertEquals(few, many, "statements for 1 and for 6 linked sources");
    }

    @Test
    void otherListsDoNotGrowEither() {
        TestSession session = TestSession.signedIn("n1", Role.CHECKER);
        session.get("/").then().statusCode(200);
        for (String page : new String[] {"/articles", "/claimants", "/sources", "/desk/dashboard"}) {
            long before = statements(() -> session.get(page).then().statusCode(200));
            addClaims("n1-more-" + UUID.randomUUID().toString().substring(0, 6), 20);
            ClaimFixtures.article("Another article for the list " + UUID.randomUUID());
            long after = statements(() -> session.get(page).then().statusCode(200));
            assertTrue(after <= before, page + ": " + before + " statements, then " + after);
        }
    }

    @Test
    void theInboxAndItsHeaderCountDoNotGrowWithWhatWaits() {
        String checker = TestSession.newAccount("n1", Role.CHECKER);
        String editor = TestSession.newAccount("n1", Role.EDITOR);
        TestSession session = TestSession.signIn(checker);
        waiting(checker, editor);
        long inbox = statements(() -> session.get("/inbox").then().statusCode(200));
        long header = statements(() -> session.get("/articles").then().statusCode(200));
        for (int i = 0; i < 4; i++) {
            waiting(checker, editor);
        }
        assertEquals(inbox, statements(() -> session.get("/inbox").then().statusCode(200)), "/inbox");
        assertEquals(header, statements(() -> session.get("/articles").then().statusCode(200)), "header count");
    }

    @Test
    void aSearchSendsAsManyStatementsWhateverKindsItFinds() {
        String word = "stmtcount" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        TestSession session = TestSession.signedIn("n1", Role.CHECKER);
        long none = statements(() -> session.get("/search?q=" + word).then().statusCode(200));
        ClaimFixtures.claim(ClaimFixtures.claimant("Statements " + word), "A claim that says " + word + " once");
        long some = statements(() -> session.get("/search?q=" + word).then().statusCode(200));
        assertEquals(none, some, "statements for nothing found and for a claim and its claimant found");
        assertTrue(some <= 6, "statements for a search: " + some);
    }

    /** A claim assigned to the checker, and another whose verdict by the checker was sent back. */
    private static void waiting(String checker, String editor) {
        Reviews.claim(checker, checker);
        Reviews.claim(checker, null).sentBack(checker, editor, "Say where the figure comes from.");
    }

    /**
     * Statements one request sends: the fewest of three reads, as the statistics count every thread's statements
     * (the address-import worker polls every second, and a connection replaced by the pool can add one of its
     * own), so one measurement in a few catches a statement that is not the page's.
     */
    private long statements(Runnable request) {
        return Math.min(statementsOnce(request), Math.min(statementsOnce(request), statementsOnce(request)));
    }

    private long statementsOnce(Runnable request) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    private static void addClaims(String tag, int count) {
        for (int i = 0; i < count; i++) {
            Claimant claimant = ClaimFixtures.claimant("Claimant " + UUID.randomUUID());
            ClaimFixtures.claim(claimant, "Claim " + i + " " + tag, tag);
        }
    }

    private static void link(TestSession session, Claim claim, int count) {
        for (int i = 0; i < count; i++) {
            session.post("/evidence", Map.of("claim", claim.id, "source.url", "https://example.org/" + UUID.randomUUID(),
                    "source.title", "Source " + i, "source.type", "NEWS_REPORT", "stance", i % 2 == 0 ? "SUPPORTS"
                            : "CONTRADICTS")).then().statusCode(303);
        }
    }
}
