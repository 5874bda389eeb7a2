package com.claimdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertEquals("1 result", Plural.of(1, "result"));
        assertEquals("0 results", Plural.of(0, "result"));
        assertEquals("2 minutes", Plural.of(2, "minute"));
        assertEquals("1 minute", Plural.plural(1L, "minute"));
        assertEquals("21 statements", Plural.plural(21, "statement"));
    }

    @Test
    void irregularNounsKeepTheirOwnPlural() {
        assertEquals("3 people", Plural.of(3, "person"));
        assertEquals("1 person", Plural.of(1, "person"));
        assertEquals("2 copies", Plural.of(2, "copy"));
    }
}
