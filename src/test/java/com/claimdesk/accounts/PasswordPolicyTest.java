package com.claimdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest
    @ValueSource(strings = { "password123", "iloveyou123", "PassWord123", "Sunshine2024!", "football1234",
            "claimdesk2025", "Factchecker!!" })
    void refusesCommonPasswordsWhateverTheCaseAndTheDigitsAfterThem(String password) {
        assertEquals(Optional.of("This password is too easy to guess."), PasswordPolicy.problem("maria", password));
    }

    @Test
    void theListOfCommonPasswordsIsARealOne() {
        assertTrue(PasswordPolicy.COMMON.size() >= 10_000, "at least the 10,000 most common passwords");
        assertTrue(PasswordPolicy.COMMON.contains("trustno1"));
    }

    @Test
    void acceptsALongMixedPassword() {
        assertTrue(PasswordPolicy.problem("maria-smith", "correct horse battery").isEmpty());
        assertTrue(PasswordPolicy.problem("maria-smith", "abc84719204").isEmpty(), "a short stem says nothing");
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        assertTrue(PasswordPolicy.problem("maria", "é".repeat(40)).isPresent());
    }
}
