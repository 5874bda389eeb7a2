package com.claimdesk.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalTextTest {

    @Test
    void windowsAndOldMacLineEndsBecomeOneNewline() {
        assertEquals("One.\n\nTwo.\nThree.\n", CanonicalText.of("One.\r\n\r\nTwo.\rThree.\r\n"));
    }

    @Test
    void noBreakSpacesBecomePlainSpaces() {
        assertEquals("10 000 km, « oui »", CanonicalText.of("10\u00A0000\u2007km, «\u202Foui\u202F»"));
    }

    @Test
    void accentsAreComposed() {
        String decomposed = "Cafe\u0301 Mu\u0308ller";
        assertEquals("Café Müller", CanonicalText.of(decomposed));
        assertEquals(11, CanonicalText.of(decomposed).length());
    }

    @Test
    void tabsAndEmojiStayAsTheyAre() {
        String text = "Score:\t3\u20131 \uD83C\uDF89 \uD83D\uDC4D\uD83C\uDFFD";
        assertEquals(text, CanonicalText.of(text));
    }

    @Test
    void whatNoPageCanHoldIsDroppedOrReplaced() {
        assertEquals("ab\uFFFDc\uFFFD", CanonicalText.of("\uFEFFa\u0000b\uD83Cc\uDF89"));
        assertEquals("a\uFEFFb", CanonicalText.of("a\uFEFFb"), "a byte-order mark only counts at the start");
    }

    @Test
    void theCanonicalFormIsStable() {
        String once = CanonicalText.of("A\r\nb\u00A0c\re\u0301 \uD83C\uDF89\t.");
        assertEquals(once, CanonicalText.of(once));
    }
}
