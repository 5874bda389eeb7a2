package com.claimdesk.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The language of a ClaimReview that names none, from its claim and rating. */
class TextLanguageTest {

    @Test
    void theFunctionWordsTellTheLanguage() {
        assertEquals("en", TextLanguage.guess("The bridge will reopen in May, said the mayor of the city"));
        assertEquals("pt", TextLanguage.guess("A vacina não altera o DNA das pessoas que a tomam"));
        assertEquals("es", TextLanguage.guess("El alcalde dijo que el puente se abrirá en mayo para los coches"));
        assertEquals("de", TextLanguage.guess("Die Brücke wird im Mai nicht wieder geöffnet"));
    }

    @Test
    void tooLittleTextOrATieIsNoGuess() {
        assertNull(TextLanguage.guess("False"));
        assertNull(TextLanguage.guess("Biden 2024"));
    }
}
