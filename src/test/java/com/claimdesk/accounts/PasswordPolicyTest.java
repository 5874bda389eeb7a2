package com.claimdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "short1!, Use at least 10 characters.",
            "xmaria-smith-2024, The password must not contain the user name.",
            "password1, Use at least 10 characters.",
            "qwertyuiop, This password is too easy to guess.",
            "aaaaaaaaaaaa, This password is too easy to guess.",
    })
    void refuses(String password, String reason) {
        assertEquals(Optional.of(reason), PasswordPolicy.problem("maria-smith", password));
    }

    @Test
    void acceptsALongMixedPassword() {
        assertTrue(PasswordPolicy.problem("maria-smith", "correct horse battery").isEmpty());
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        assertTrue(PasswordPolicy.problem("maria", "é".repeat(40)).isPresent());
    }
}
