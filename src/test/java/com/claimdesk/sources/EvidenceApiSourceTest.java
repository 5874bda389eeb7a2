package com.claimdesk.sources;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.test.junit.QuarkusTest;

/** A source described inside an evidence link keeps every field sent with it, as it would on its own. */
@QuarkusTest
class EvidenceApiSourceTest {

    @Test
    void theAccessDateNotesAndArchivedCopyOfADescribedSourceAreStored() {
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Archivist " + UUID.randomUUID()), "Rents fell");
        String checker = TestSession.newAccount("evidence", Role.CHECKER);
        String url = "https://stats.example.org/rents/" + UUID.randomUUID();

        int sourceId = TestSession.api(checker)
                .body(Map.of("stance", "CONTRADICTS", "source", Map.of("url", url, "title", "Rent index",
                        "type", "NEWS_REPORT", "accessedAt", "2024-03-01", "notes", "Table 4 has the figures.",
                        "archiveText", "Rents rose 3% in the year to February.")))
                .post("/api/claims/" + claim.id + "/evidence")
                .then().statusCode(201)
                .body("source.accessedAt", equalTo("2024-03-01"))
                .body("source.notes", equalTo("Table 4 has the figures."))
                .body("source.archive.sha256", notNullValue())
                .extract().path("source.id");

        TestSession.api(checker).get("/api/sources/" + sourceId).then().statusCode(200)
                .body("accessedAt", equalTo("2024-03-01"))
                .body("notes", equalTo("Table 4 has the figures."))
                .body("archive.size", equalTo("Rents rose 3% in the year to February.".length()));
    }
}
