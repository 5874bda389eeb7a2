package com.claimdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aFewMistakesAreFreeThenEachFailureDoublesTheWait() {
        Hand clock = new Hand();
        SignInThrottle throttle = new SignInThrottle(clock, 5);
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1");
        }
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.1"));
        throttle.failed("10.0.0.1");
        assertEquals(Duration.ofSeconds(5), throttle.waitFor("10.0.0.1"));
        throttle.failed("10.0.0.1");
        assertEquals(Duration.ofSeconds(10), throttle.waitFor("10.0.0.1"));
        clock.now = clock.now.plusSeconds(4);
        assertEquals(Duration.ofSeconds(6), throttle.waitFor("10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.2"), "other addresses are not slowed");
    }

    @Test
    void theWaitIsBoundedAndForgottenAfterTheWindowOrASuccess() {
        Hand clock = new Hand();
        SignInThrottle throttle = new SignInThrottle(clock, 5);
        for (int i = 0; i < 30; i++) {
            throttle.failed("10.0.0.1");
        }
        assertEquals(SignInThrottle.LONGEST_WAIT, throttle.waitFor("10.0.0.1"));
        clock.now = clock.now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.1"));

        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.3");
        }
        throttle.succeeded("10.0.0.3");
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.3"));
    }

    @Test
    void aFloodOfMadeUpNamesDoesNotWipeTheAccountUnderAttack() {
        Hand clock = new Hand();
        SignInThrottle throttle = new SignInThrottle(clock, 5);
        for (int i = 0; i < 6; i++) {
            throttle.failed("victim");
        }
        for (int i = 0; i < SignInThrottle.MAX_KEYS + 10; i++) {
            throttle.failed("made-up-" + i);
        }
        assertEquals(Duration.ofSeconds(10), throttle.waitFor("victim"));
        // Once the window has passed, old keys make room for new ones.
        clock.now = clock.now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        throttle.failed("newcomer");
        for (int i = 0; i < 5; i++) {
            throttle.failed("newcomer");
        }
        assertEquals(Duration.ofSeconds(10), throttle.waitFor("newcomer"));
    }
}
