package com.claimdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void blankLinesMakeParagraphsAndLineBreaksStay() {
        assertEquals("<p>One<br>\ntwo</p>\n<p>Three</p>\n", RichText.paragraphs("One\ntwo\n\n\nThree").toString());
    }

    @Test
    void addressesBecomeSafeLinksWithoutTheirFinalPunctuation() {
        assertEquals("<p>See <a href=\"https://www.nato.int/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">"
                + "https://www.nato.int/a?b=1&amp;c=2</a>.</p>\n",
                RichText.paragraphs("See https://www.nato.int/a?b=1&c=2.").toString());
    }

    @Test
    void markupIsEscapedNeverInterpreted() {
        String html = RichText.paragraphs("<script>alert(1)</script> <a href=\"javascript:x\">x</a> "
                + "javascript:alert(1) \"onmouseover=alert(1)").toString();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<a href=\"javascript"), html);
        assertFalse(html.contains("\"onmouseover"), html);
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", RichText.paragraphs("  ").toString());
        assertEquals("", RichText.paragraphs(null).toString());
    }
}
