package com.claimdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class CheckedPasswordsTest {

    private final SignInThrottleTest.Hand clock = new SignInThrottleTest.Hand();
    private final CheckedPasswords checked = new CheckedPasswords(clock);
    private final SecurityIdentity ana = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("ana")).addRole("checker").build();

    @Test
    void theSamePasswordIsRecalledForAMinute() {
        checked.remember("ana", "correct horse".toCharArray(), ana);
        assertSame(ana, checked.recall("ana", "correct horse".toCharArray()).orElseThrow());
        clock.now = clock.now.plus(CheckedPasswords.LIFETIME).plusSeconds(1);
        assertFalse(checked.recall("ana", "correct horse".toCharArray()).isPresent(), "after a minute, bcrypt again");
    }

    @Test
    void anotherPasswordOrAnotherAccountIsNeverRecalled() {
        checked.remember("ana", "correct horse".toCharArray(), ana);
        assertFalse(checked.recall("ana", "correct horse ".toCharArray()).isPresent());
        assertFalse(checked.recall("ana", "".toCharArray()).isPresent());
        assertFalse(checked.recall("bob", "correct horse".toCharArray()).isPresent());
        assertFalse(checked.recall(null, "correct horse".toCharArray()).isPresent());
    }

    @Test
    void aForgottenAccountIsCheckedAgain() {
        checked.remember("ana", "correct horse".toCharArray(), ana);
        checked.forget("ana");
        assertFalse(checked.recall("ana", "correct horse".toCharArray()).isPresent());
    }
}
