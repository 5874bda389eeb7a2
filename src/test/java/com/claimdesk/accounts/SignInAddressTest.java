package com.claimdesk.accounts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.audit.AuditEntry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Behind the local reverse proxy (trusted: 127.0.0.0/8, ::1/128), the address that counts is the one the proxy
 * saw, and a flood of refused sign-ins is audited as a count per minute.
 */
@QuarkusTest
class SignInAddressTest {

    @Inject
    SignInAudit signIns;

    private static String someAddress() {
        return "203.0." + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static Response guess(String forwardedFor, int i) {
        return given().redirects().follow(false).header("X-Forwarded-For", forwardedFor)
                .formParam("j_username", "nobody-" + i + "-" + forwardedFor.hashCode())
                .formParam("j_password", "guess-" + i).post("/j_security_check");
    }

    @Test
    void aMadeUpLeftmostForwardedForNeitherEscapesTheThrottleNorEntersTheLog() throws Exception {
        String reader = someAddress();
        int refused = 0;
        for (int i = 0; i <= SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            // The client writes a new address in front every time; our proxy appends the one it saw.
            if (guess("10.9." + i + ".1, " + reader, i).statusCode() == 429) {
                refused++;
            }
        }
        assertEquals(1, refused, "the attempt after the free ones from the proxy's address is refused");
        for (int i = 0; i < 50 && failuresFrom(reader) < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            Thread.sleep(100);
        }
        assertEquals(SignInThrottle.FREE_FAILURES_PER_ADDRESS, failuresFrom(reader));
        assertEquals(0, QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.count("summary like ?1", "%from 10.9.%")), "no made-up address in the log");
    }

    @Test
    void refusedSignInsAreAuditedAsOneCountPerAddressAndMinute() throws Exception {
        String flooder = someAddress();
        int refused = 0;
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS + 30; i++) {
            if (guess(flooder, i).statusCode() == 429) {
                refused++;
            }
        }
        assertEquals(30, refused);
        signIns.writeRefusals(Instant.now().plus(Duration.ofMinutes(2)));
        for (int i = 0; i < 50 && refusalsCounted(flooder).stream().mapToInt(Integer::intValue).sum() < refused; i++) {
            Thread.sleep(100);
        }
        List<Integer> counts = refusalsCounted(flooder);
        assertEquals(refused, counts.stream().mapToInt(Integer::intValue).sum(), "every refusal is counted");
        assertTrue(counts.size() <= 2, "one entry per minute, not one per refusal: " + counts);
        // Only the failures that were heard are entries of their own.
        assertEquals(SignInThrottle.FREE_FAILURES_PER_ADDRESS, failuresFrom(flooder));
    }

    private static long failuresFrom(String address) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and summary like ?2", "account.sign-in-failed", "%from " + address + "%"));
    }

    private static List<Integer> refusalsCounted(String address) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "action = ?1 and summary like ?2", "account.sign-in-refused", "% from " + address + " %").stream()
                .map(entry -> ((Number) entry.after.get("refused")).intValue()).toList());
    }
}
