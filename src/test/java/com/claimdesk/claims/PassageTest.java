package com.claimdesk.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.claimdesk.web.FormErrors;

class PassageTest {

    private static final String TEXT = "Blinken said that the response\nmade it clear. Blinken said that again.";

    @Test
    void aRangeInsideTheTextIsAPassage() {
        FormErrors errors = FormErrors.none();
        assertEquals(new Passage(0, 7), Passage.ofRange(TEXT, "0", "7", errors));
        assertTrue(!errors.any());
    }

    @ParameterizedTest
    @CsvSource({
            "-1, 5, appearance.start",
            "5, 5, appearance.end",
            "5, 999, appearance.end",
            "999, 1000, appearance.start",
            "x, 5, appearance.start",
            "3, , appearance.end",
    })
    void aRangeOutsideTheTextNamesTheField(String start, String end, String field) {
        FormErrors errors = FormErrors.none();
        assertNull(Passage.ofRange(TEXT, start, end, errors));
        assertTrue(errors.has(field), errors.asMap().toString());
    }

    @Test
    void copiedWordsAreFoundDespiteDifferentLineBreaks() {
        FormErrors errors = FormErrors.none();
        Passage passage = Passage.ofWords(TEXT, "the response made it   clear.", errors);
        assertEquals("the response\nmade it clear.", TEXT.substring(passage.start(), passage.end()));
    }

    @Test
    void theFirstFullMatchWinsOverAPartialOne() {
        FormErrors errors = FormErrors.none();
        Passage passage = Passage.ofWords(TEXT, "Blinken said that again.", errors);
        assertEquals("Blinken said that again.", TEXT.substring(passage.start(), passage.end()));
    }

    @Test
    void wordsNotInTheTextAreReported() {
        FormErrors errors = FormErrors.none();
        assertNull(Passage.ofWords(TEXT, "Lavrov said", errors));
        assertTrue(errors.has("passage"));
    }

    @Test
    void wordsCopiedWithNoBreakSpacesOrDecomposedAccentsAreFound() {
        String text = "Le café a dit: 10 000 clients.";
        FormErrors errors = FormErrors.none();
        Passage passage = Passage.ofWords(text, "cafe\u0301 a dit:\u00A010\u00A0000", errors);
        assertEquals("café a dit: 10 000", text.substring(passage.start(), passage.end()), errors.asMap().toString());
    }

    @Test
    void aRangeCannotCutAnEmojiInHalf() {
        String text = "Fans \uD83C\uDF89 cheered.";
        FormErrors errors = FormErrors.none();
        assertEquals(new Passage(5, 7), Passage.ofRange(text, "5", "7", errors));
        assertNull(Passage.ofRange(text, "6", "10", errors));
        assertTrue(errors.has("appearance.start"));
        FormErrors atEnd = FormErrors.none();
        assertNull(Passage.ofRange(text, "0", "6", atEnd));
        assertTrue(atEnd.has("appearance.end"));
    }
}
