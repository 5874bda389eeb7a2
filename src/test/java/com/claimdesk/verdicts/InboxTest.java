package com.claimdesk.verdicts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Account;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.Claimant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The inbox: what needs me now, on its page, in the header, on the start page and through the API. */
@QuarkusTest
class InboxTest {

    @Test
    void aCheckerLearnsThatTheirVerdictWasSentBack() {
        String checker = TestSession.newAccount("ic", Role.CHECKER);
        String editor = TestSession.newAccount("ie", Role.EDITOR);
        Reviews assigned = Reviews.claim(checker, checker);
        Reviews other = Reviews.claim(checker, null);
        int verdict = other.sentBack(checker, editor, "Give the February figure too.");

        TestSession.api(checker).get("/api/inbox").then().statusCode(200)
                .body("count", equalTo(2))
                .body("changesRequested.id", equalTo(List.of(verdict)))
                .body("changesRequested[0].editorComment", equalTo("Give the February figure too."))
                .body("changesRequested[0].claimId", equalTo((int) other.claimId))
                .body("assignedClaims.id", equalTo(List.of((int) assigned.claimId)))
                .body("awaitingApproval.size()", equalTo(0))
                .body("corrections.size()", equalTo(0));

        TestSession session = TestSession.signIn(checker);
        session.get("/inbox").then().statusCode(200)
                .body(containsString("data-verdict=\"" + verdict + "\""))
                .body(containsString("Give the February figure too."))
                .body(containsString("data-claim=\"" + assigned.claimId + "\""))
                .body(containsString("data-testid=\"inbox-count\">2<"));
        session.get("/").then().statusCode(200)
                .body(containsString("data-testid=\"home-inbox\""))
                .body(containsString("data-verdict=\"" + verdict + "\""));
        // The header counts on every page, not only on the inbox.
        session.get("/claims").then().statusCode(200).body(containsString("data-testid=\"inbox-count\">2<"));

        // Resubmitted, it no longer waits for the checker.
        Reviews.step(checker, verdict, "submit", Map.of());
        TestSession.api(checker).get("/api/inbox").then().body("count", equalTo(1))
                .body("changesRequested.size()", equalTo(0));
    }

    @Test
    void anEditorSeesOthersWorkWaitingButNeverTheirOwn() {
        String checker = TestSession.newAccount("ic", Role.CHECKER);
        String author = TestSession.newAccount("ie", Role.EDITOR, Role.CHECKER);
        String reviewer = TestSession.newAccount("ie", Role.EDITOR);
        Reviews reviews = Reviews.claim(checker, null);
        int verdict = reviews.draft(author);
        Reviews.step(author, verdict, "submit", Map.of());

        TestSession.api(author).get("/api/inbox").then().statusCode(200)
                .body("awaitingApproval.id", not(hasItem(verdict)));
        TestSession.api(reviewer).get("/api/inbox").then().statusCode(200)
                .body("awaitingApproval.id", hasItem(verdict))
                .body("corrections.id", not(hasItem(verdict)));
        TestSession.api(checker).get("/api/inbox").then().body("awaitingApproval.size()", equalTo(0));
        TestSession.signIn(reviewer).get("/inbox").then().body(containsString("data-verdict=\"" + verdict + "\""));
        TestSession.signIn(author).get("/inbox").then().body(not(containsString("data-verdict=\"" + verdict + "\"")));

        // Published, then corrected by the checker: the correction waits among the corrections to review.
        Reviews.step(reviewer, verdict, "approve", Map.of());
        Reviews.step(reviewer, verdict, "publish", Map.of());
        int correction = TestSession.api(checker).body(Map.of("correctionNote", "The figure was 46%, not 48%."))
                .post("/api/verdicts/" + verdict + "/correct").then().statusCode(201).extract().path("id");
        Reviews.step(checker, correction, "submit", Map.of());
        TestSession.api(reviewer).get("/api/inbox").then()
                .body("corrections.id", hasItem(correction))
                .body("awaitingApproval.id", not(hasItem(correction)));
        TestSession.signIn(reviewer).get("/inbox").then().body(containsString("The figure was 46%, not 48%."));
    }

    @Test
    void theHeaderCountIsTheNumberOfThingsInTheInbox() {
        String editor = TestSession.newAccount("ie", Role.EDITOR);
        String checker = TestSession.newAccount("ic", Role.CHECKER);
        Reviews.step(checker, Reviews.claim(checker, null).draft(checker), "submit", Map.of());
        int count = TestSession.api(editor).get("/api/inbox").then().extract().path("count");
        String page = TestSession.signIn(editor).get("/desk/dashboard").then().statusCode(200).extract().asString();
        // Every editor sees what every test submitted: past 99 the header says "99+".
        assertEquals(count > 99 ? "99+" : String.valueOf(count),
                page.replaceAll("(?s).*data-testid=\"inbox-count\">([^<]+)<.*", "$1"));
    }

    /**
     * The header stops counting past 99, and the lists stop growing: a reviewer with thousands of claims assigned
     * made every page count them all, and got an inbox page of a megabyte.
     */
    @Test
    void aBusyReviewerSeesNinetyNinePlusAndTheNewestClaimsWithAWayToAllOfThem() {
        String checker = TestSession.newAccount("ib", Role.CHECKER);
        Claimant claimant = ClaimFixtures.claimant("Busy desk " + checker);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DeskResource.SHOWN + 1; i++) {
            ids.add(ClaimFixtures.claim(claimant, "Claim number " + i + " for " + checker).id);
        }
        QuarkusTransaction.requiringNew().run(() -> Claim.update("assignee = ?1 where id in ?2",
                Account.find("username", checker).firstResult(), ids));
        TestSession session = TestSession.signIn(checker);
        session.get("/claims").then().statusCode(200).body(containsString("data-testid=\"inbox-count\">99+<"));

        long oldest = ids.get(0);
        long latest = ids.get(ids.size() - 1);
        List<Integer> newest = ids.stream().sorted(Comparator.reverseOrder()).limit(Inbox.SHOWN)
                .map(Long::intValue).toList();
        TestSession.api(checker).get("/api/inbox").then().statusCode(200)
                .body("count", equalTo(100))
                .body("assignedClaims.id", equalTo(newest));
        String inbox = session.get("/inbox").then().statusCode(200).extract().asString();
        assertEquals(Inbox.SHOWN, inbox.split("data-claim=").length - 1);
        assertTrue(inbox.contains("data-claim=\"" + latest + "\""), "the newest is shown");
        assertTrue(inbox.contains("href=\"/claims?assignee=" + checker + "\""), "a way to all of them");
        session.get("/claims?assignee=" + checker).then().statusCode(200)
                .body(containsString("/claims/" + latest + "\""));

        String mine = session.get("/desk/mine").then().statusCode(200).extract().asString();
        assertEquals(DeskResource.SHOWN, mine.split("<tr><td><a href=\"/claims/").length - 1);
        assertTrue(mine.contains("data-testid=\"more-claims\""));
        assertFalse(mine.contains("href=\"/claims/" + oldest + "\""), "the oldest is past the cut");
    }

    @Test
    void onlyReviewersHaveAnInbox() {
        String admin = TestSession.newAccount("ia", Role.ADMIN);
        TestSession session = TestSession.signIn(admin);
        session.get("/inbox").then().statusCode(403);
        session.get("/").then().statusCode(200).body(not(containsString("inbox-count")))
                .body(not(containsString("home-inbox")));
        TestSession.api(admin).get("/api/inbox").then().statusCode(403);
    }
}
