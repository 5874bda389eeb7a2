package com.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Appearance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** An article with more found statements than one "accept all" takes is accepted a whole batch per press. */
@QuarkusTest
class AcceptAllBatchTest {

    @Test
    void eachPressRecordsOneWholeBatchUntilNoneWait() {
        TestSession reviewer = TestSession.signedIn("batch", Role.CHECKER);
        // A name of its own for each run, as a name is written (a hex suffix would read as no name at all).
        String speaker = "Maria Lo" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        int statements = Extractions.ACCEPT_BATCH + 30;
        String text = IntStream.range(0, statements)
                .mapToObj(i -> "\"Bridge number " + i + " will open in May,\" said " + speaker + ".")
                .collect(Collectors.joining("\n\n"));
        String location = reviewer.postMultipart("/articles", Map.of("title", "Many bridges", "text", text))
                .then().statusCode(303).extract().header("Location");
        long articleId = Long.parseLong(location.replaceAll(".*/articles/(\\d+).*", "$1"));
        long found = withSpeaker(articleId);
        assertTrue(found > Extractions.ACCEPT_BATCH, "found " + found);

        String first = reviewer.post("/candidates/accept-all", Map.of("article", articleId)).then().statusCode(303)
                .extract().cookie("claimdesk-flash");
        assertEquals(Extractions.ACCEPT_BATCH, claimsFrom(articleId));
        assertEquals(found - Extractions.ACCEPT_BATCH, withSpeaker(articleId));
        assertTrue(URLDecoder.decode(String.valueOf(first), StandardCharsets.UTF_8)
                .contains((found - Extractions.ACCEPT_BATCH) + " more wait"), first);

        reviewer.post("/candidates/accept-all", Map.of("article", articleId)).then().statusCode(303);
        assertEquals(found, claimsFrom(articleId));
        assertEquals(0, withSpeaker(articleId));
    }

    private static long withSpeaker(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.count(
                "article.id = ?1 and status = ?2 and speaker is not null", articleId, CandidateStatus.OPEN));
    }

    private static long claimsFrom(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> Appearance.count("article.id", articleId));
    }
}
