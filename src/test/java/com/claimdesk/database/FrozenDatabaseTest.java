package com.claimdesk.database;

import static org.hamcrest.Matchers.containsString;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.claimdesk.PostgresTestResource;
import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * PostgreSQL frozen (every one of its processes stopped with SIGSTOP) or a row held locked: a request fails
 * with a readable 503 after the configured time limits instead of waiting for ever, and the pool serves again
 * as soon as the database does.
 */
@QuarkusTest
class FrozenDatabaseTest {

    /** Longer than every limit in the test profile (socket 15 s, statement 12 s, lock 5 s, pool 5 s). */
    private static final long PATIENCE_SECONDS = 60;

    private static Response within(Supplier<Response> request) throws Exception {
        return CompletableFuture.supplyAsync(request).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aFrozenDatabaseGives503AndThePoolRecovers() throws Exception {
        TestSession session = TestSession.signedIn("frozen", Role.CHECKER);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Frozen " + UUID.randomUUID()), "Before the freeze");
        session.get("/claims/" + claim.id).then().statusCode(200);
        List<String> processes = serverProcesses();
        signal("-STOP", processes);
        try {
            within(() -> session.get("/claims/" + claim.id)).then().statusCode(503)
                    .body(containsString("Nothing you sent was saved"));
        } finally {
            signal("-CONT", processes);
        }
        int status = 0;
        for (int tries = 0; tries < 100 && status != 200; tries++) {
            status = session.get("/claims/" + claim.id).statusCode();
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        session.get("/claims/" + claim.id).then().statusCode(200);
    }

    @Test
    void aRowHeldLockedGives503InsteadOfWaiting() throws Exception {
        TestSession session = TestSession.signedIn("locked", Role.CHECKER);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Locked " + UUID.randomUUID()), "Held by another");
        try (Connection holder = PostgresTestResource.database().connect()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("select * from claim where id = " + claim.id + " for update");
            try {
                within(() -> session.post("/claims/" + claim.id + "/status",
                        Map.of("version", claim.version, "to", "RESEARCHING")))
                        .then().statusCode(503).header("Retry-After", "5");
            } finally {
                holder.rollback();
            }
        }
        session.post("/claims/" + claim.id + "/status", Map.of("version", claim.version, "to", "RESEARCHING"))
                .then().statusCode(303);
    }

    private static List<String> serverProcesses() {
        long postmaster = LeftoverServer.postmasterPid(PostgresTestResource.database().directory()).orElseThrow();
        List<String> pids = new ArrayList<>();
        pids.add(Long.toString(postmaster));
        ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> pids.add(Long.toString(p.pid())));
        return pids;
    }

    private static void signal(String signal, List<String> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        command.addAll(pids);
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
