package com.claimdesk.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;

/** Searches that would read every row are refused, and searches cannot take the connections pages need. */
@QuarkusTest
class SearchLimitsTest {

    @Inject
    Search search;

    @Test
    void aSearchMadeOnlyOfExclusionsIsRefusedWithAMessage() {
        TestSession reader = TestSession.signedIn("limits", Role.CHECKER);
        String exclusions = IntStream.range(0, 100).mapToObj(i -> "-" + (char) ('a' + i % 26) + i)
                .collect(Collectors.joining(" "));

        for (String query : new String[] {exclusions, "-nato -russia", "troops or -nato"}) {
            reader.request().queryParam("q", query).get("/search").then().statusCode(400)
                    .body(containsString("not only words to leave out"));
        }
        reader.request().queryParam("q", "troops -nato").get("/search").then().statusCode(200)
                .body(not(containsString("not only words to leave out")));
    }

    @Test
    void whenEverySearchPlaceIsTakenSearchSaysBusyAndOtherPagesStillAnswer() {
        TestSession reader = TestSession.signedIn("limits", Role.CHECKER);
        int taken = search.running.drainPermits();
        try {
            reader.request().queryParam("q", "troops").get("/search").then().statusCode(503)
                    .header("Retry-After", "2")
                    .body(containsString("Search is busy; try again in a moment."));
            reader.get("/claims").then().statusCode(200);
        } finally {
            search.running.release(taken);
        }
        reader.request().queryParam("q", "troops").get("/search").then().statusCode(200);
    }
}
