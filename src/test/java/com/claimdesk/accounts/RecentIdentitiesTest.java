package com.claimdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

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
        clock.now = clock.now.plus(RecentIdentities.LIFETIME).minus(RecentIdentities.RECHECK_BEFORE).plusSeconds(1);
        assertFalse(recent.recall("ana", "correct horse".toCharArray()).isPresent(), "the one sent to bcrypt");
        assertSame(ana, recent.recall("ana", "correct horse".toCharArray()).orElseThrow());
        assertSame(ana, recent.recall("ana", "correct horse".toCharArray()).orElseThrow());
        assertFalse(recent.recall("ana", "wrong".toCharArray()).isPresent());

        recent.remember("ana", ana, "correct horse".toCharArray()); // bcrypt accepted it: another minute
        clock.now = clock.now.plus(RecentIdentities.LIFETIME).minus(RecentIdentities.RECHECK_BEFORE).minusSeconds(1);
        assertSame(ana, recent.recall("ana", "correct horse".toCharArray()).orElseThrow());
        clock.now = clock.now.plusSeconds(2);
        assertFalse(recent.recall("ana", "correct horse".toCharArray()).isPresent(), "checked again once a minute");
        assertSame(ana, recent.recall("ana", "correct horse".toCharArray()).orElseThrow());
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
