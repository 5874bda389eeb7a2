package com.claimdesk.articles;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** An uploaded page nested 40,000 levels deep is refused beside the file field, before any cleaning. */
@QuarkusTest
class DeepHtmlUploadTest {

    @Test
    void aDeeplyNestedUploadIsA400WithAReadableMessage() {
        TestSession session = TestSession.signedIn("deep", Role.CHECKER);
        String html = "<html><body>" + "<blockquote>".repeat(40_000) + "He said \"no\"."
                + "</blockquote>".repeat(40_000) + "</body></html>";
        long before = QuarkusTransaction.requiringNew().call(() -> Article.count());

        session.postMultipart("/articles", Map.of("title", "Nested"), "file", "nested.html",
                html.getBytes(StandardCharsets.UTF_8), "text/html")
                .then().statusCode(400)
                .body(containsString("nested more than 100 levels deep"));
        assertEquals((Long) before, QuarkusTransaction.requiringNew().call(() -> Article.count()));
    }
}
