package com.claimdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class RecentIdentitiesTest {

    private final SignInThrottleTest.Hand clock = new SignInThrottleTest.Hand();
    private final RecentIdentities recent = new RecentIdentities(clock);
    private final SecurityIdentity ana = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("ana")).addRole("checker").build();

    @Test
    void theSamePasswordIsRecalledForAMinute() {
        recent.remember("ana", ana, "correct horse".toCharArray());
        assertSame(ana, recent.recall("ana", "correct horse".toCharArray()).orElseThrow());
        assertSame(ana, recent.recall("ana").orElseThrow());
        clock.now = clock.now.plus(RecentIdentities.LIFETIME).plusSeconds(1);
        assertFalse(recent.recall("ana", "correct horse".toCharArray()).isPresent(), "after a minute, bcrypt again");
        assertFalse(recent.recall("ana").isPresent(), "after a minute, the account is read again");
    }

    @Test
    void nearTheMinutesEndOneRequestIsCheckedAgainWhileTheOthersAreAnswered() {
        recent.remember("ana", ana, "correct horse".toCharArray());
        assertSame(ana, answer("correct horse").identity());
        clock.now = clock.now.plus(RecentIdentities.LIFETIME).minus(RecentIdentities.RECHECK_BEFORE).plusSeconds(1);
        assertChecked(answer("correct horse"), "the one sent to bcrypt");
        assertSame(ana, answer("correct horse").identity());
        assertSame(ana, answer("correct horse").identity());
        assertChecked(answer("wrong"), "another password is always checked");

        recent.remember("ana", ana, "correct horse".toCharArray()); // bcrypt accepted it: another minute
        clock.now = clock.now.plus(RecentIdentities.LIFETIME).minus(RecentIdentities.RECHECK_BEFORE).minusSeconds(1);
        assertSame(ana, answer("correct horse").identity());
        clock.now = clock.now.plusSeconds(2);
        assertChecked(answer("correct horse"), "checked again once a minute");
        assertSame(ana, answer("correct horse").identity());
    }

    @Test
    void pastTheMinuteOneRequestIsCheckedAndTheOthersWaitForIt() {
        recent.remember("ana", ana, "correct horse".toCharArray());
        clock.now = clock.now.plus(RecentIdentities.LIFETIME).plusSeconds(30);
        assertChecked(answer("correct horse"), "the one sent to bcrypt");
        RecentIdentities.Answer waiting = answer("correct horse");
        assertNull(waiting.identity());
        assertFalse(waiting.checkOver().toCompletableFuture().isDone());
        assertFalse(recent.recall("ana", "correct horse".toCharArray()).isPresent());
        assertChecked(answer("wrong"), "another password does not wait");

        recent.remember("ana", ana, "correct horse".toCharArray()); // the check is over: bcrypt accepted it
        assertTrue(waiting.checkOver().toCompletableFuture().isDone());
        assertSame(ana, recent.recall("ana", "correct horse".toCharArray()).orElseThrow());
    }

    @Test
    void aForgottenAccountEndsTheWait() {
        recent.remember("ana", ana, "correct horse".toCharArray());
        clock.now = clock.now.plus(RecentIdentities.LIFETIME).plusSeconds(1);
        answer("correct horse");
        RecentIdentities.Answer waiting = answer("correct horse");
        recent.forget("ana");
        assertTrue(waiting.checkOver().toCompletableFuture().isDone());
        assertFalse(recent.recall("ana", "correct horse".toCharArray()).isPresent(), "then checked by bcrypt");
    }

    private RecentIdentities.Answer answer(String password) {
        return recent.answer("ana", password.toCharArray());
    }

    private static void assertChecked(RecentIdentities.Answer answer, String why) {
        assertNull(answer.identity(), why);
        assertNull(answer.checkOver(), why);
    }

    @Test
    void anotherPasswordOrAnotherAccountIsNeverRecalled() {
        recent.remember("ana", ana, "correct horse".toCharArray());
        assertFalse(recent.recall("ana", "correct horse ".toCharArray()).isPresent());
        assertFalse(recent.recall("ana", "".toCharArray()).isPresent());
        assertFalse(recent.recall("bob", "correct horse".toCharArray()).isPresent());
        assertFalse(recent.recall(null, "correct horse".toCharArray()).isPresent());
    }

    @Test
    void aSessionReadDoesNotPutOutAPasswordCheck() {
        recent.remember("ana", ana, "correct horse".toCharArray());
        recent.remember("ana", ana, null);
        assertSame(ana, recent.recall("ana", "correct horse".toCharArray()).orElseThrow());
        assertSame(ana, answer("correct horse").identity());
    }

    @Test
    void anIdentityReadForASessionNeverPassesAPasswordCheck() {
        recent.remember("ana", ana, null);
        assertSame(ana, recent.recall("ana").orElseThrow());
        assertFalse(recent.recall("ana", "anything at all".toCharArray()).isPresent());
    }

    @Test
    void aForgottenAccountIsReadAgain() {
        recent.remember("ana", ana, "correct horse".toCharArray());
        recent.forget("ana");
        assertFalse(recent.recall("ana", "correct horse".toCharArray()).isPresent());
        assertFalse(recent.recall("ana").isPresent());
    }
}
