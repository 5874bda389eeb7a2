package com.claimdesk.verdicts;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.test.junit.QuarkusTest;

/** Two editors acting on the same verdict at the same moment: one succeeds, the other is told, nothing doubles. */
@QuarkusTest
class ConcurrentPublicationTest {

    @Test
    void twoEditorsPublishingAtOnceGiveExactlyOnePublication() throws Exception {
        String checker = TestSession.newAccount("cc", Role.CHECKER);
        String first = TestSession.newAccount("ce1", Role.EDITOR);
        String second = TestSession.newAccount("ce2", Role.EDITOR);
        for (int round = 0; round < 5; round++) {
            int verdict = approvedVerdict(checker, first);
            List<Integer> statuses = race(() -> publish(first, verdict), () -> publish(second, verdict));

            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one publication: " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 409).count(), "one conflict: " + statuses);
            long claimId = ((Number) TestSession.api(checker).get("/api/verdicts/" + verdict).path("claimId"))
                    .longValue();
            assertEquals(1, Verdict.count("claim.id = ?1 and status = ?2", claimId, VerdictStatus.PUBLISHED));
        }
    }

    @Test
    void approvingAndSendingBackAtOnceLeavesOneOutcome() throws Exception {
        String checker = TestSession.newAccount("cc", Role.CHECKER);
        String first = TestSession.newAccount("ce1", Role.EDITOR);
        String second = TestSession.newAccount("ce2", Role.EDITOR);
        int verdict = submittedVerdict(checker);
        List<Integer> statuses = race(
                () -> TestSession.api(first).body(Map.of("version", 1)).post("/api/verdicts/" + verdict + "/approve")
                        .statusCode(),
                () -> TestSession.api(second).body(Map.of("version", 1, "comment", "Weak sourcing"))
                        .post("/api/verdicts/" + verdict + "/request-changes").statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one wins: " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), "one is told: " + statuses);
        TestSession.api(checker).get("/api/verdicts/" + verdict).then().body("version", equalTo(2));
    }

    private static int publish(String editor, int verdict) {
        return TestSession.api(editor).body(Map.of()).post("/api/verdicts/" + verdict + "/publish").statusCode();
    }

    /** Runs both at the same instant and returns their HTTP statuses. */
    private static List<Integer> race(Callable<Integer> a, Callable<Integer> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int submittedVerdict(String checker) {
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Peskov " + UUID.randomUUID()), "Talks can wait");
        int evidence = TestSession.api(checker)
                .body(Map.of("source", Map.of("url", "https://example.org/" + UUID.randomUUID(), "title", "Transcript",
                        "type", "PRIMARY_DOCUMENT"), "stance", "CONTEXT"))
                .post("/api/claims/" + claim.id + "/evidence").then().statusCode(201).extract().path("id");
        int verdict = TestSession.api(checker)
                .body(Map.of("ratingId", 7, "conclusion", "Unproven", "explanation", "No record either way.",
                        "evidenceIds", List.of(evidence)))
                .post("/api/claims/" + claim.id + "/verdicts").then().statusCode(201).extract().path("id");
        TestSession.api(checker).body(Map.of()).post("/api/verdicts/" + verdict + "/submit").then().statusCode(200);
        return verdict;
    }

    private static int approvedVerdict(String checker, String editor) {
        int verdict = submittedVerdict(checker);
        TestSession.api(editor).body(Map.of()).post("/api/verdicts/" + verdict + "/approve").then().statusCode(200);
        return verdict;
    }
}
