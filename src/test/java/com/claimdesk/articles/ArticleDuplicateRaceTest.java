package com.claimdesk.articles;

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

/** The same article sent many times at once is stored once; the others hear it is already there. */
@QuarkusTest
class ArticleDuplicateRaceTest {

    static final int SENDERS = 20;

    @Test
    void twentyIdenticalArticlesAtOnceAreStoredOnce() throws Exception {
        String checker = TestSession.newAccount("race", Role.CHECKER);
        String text = "The minister said on Monday that \"every school will reopen\" (" + UUID.randomUUID() + ").";
        List<Integer> statuses = AllAtOnce.run(SENDERS, () -> TestSession.api(checker)
                .body(Map.of("title", "Schools to reopen", "text", text)).post("/api/articles").statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "stored: " + statuses);
        assertEquals(SENDERS - 1, statuses.stream().filter(s -> s == 409).count(), "duplicates: " + statuses);
        assertEquals(1L, QuarkusTransaction.requiringNew()
                .call(() -> Article.count("textSha256", Article.sha256(text))));
    }
}
