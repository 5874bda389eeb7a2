package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The spelling of reporting verbs' forms, and the verbs the lexicon knows. */
class LexiconTest {

    @Test
    void finalConsonantDoublesAfterAStressedShortVowel() {
        assertArrayEquals(new String[] {"admit", "admits", "admitted", "admitting"}, Lexicon.inflections("admit"));
        assertArrayEquals(new String[] {"quip", "quips", "quipped", "quipping"}, Lexicon.inflections("quip"));
        assertArrayEquals(new String[] {"concur", "concurs", "concurred", "concurring"},
                Lexicon.inflections("concur"));
        assertArrayEquals(new String[] {"brag", "brags", "bragged", "bragging"}, Lexicon.inflections("brag"));
    }

    @Test
    void finalConsonantStaysSingleOtherwise() {
        assertArrayEquals(new String[] {"posit", "posits", "posited", "positing"}, Lexicon.inflections("posit"));
        assertArrayEquals(new String[] {"shout", "shouts", "shouted", "shouting"}, Lexicon.inflections("shout"));
        assertArrayEquals(new String[] {"whisper", "whispers", "whispered", "whispering"},
                Lexicon.inflections("whisper"));
        assertArrayEquals(new String[] {"vow", "vows", "vowed", "vowing"}, Lexicon.inflections("vow"));
    }

    @Test
    void finalEAndYAndSibilantsChangeTheEnding() {
        assertArrayEquals(new String[] {"argue", "argues", "argued", "arguing"}, Lexicon.inflections("argue"));
        assertArrayEquals(new String[] {"agree", "agrees", "agreed", "agreeing"}, Lexicon.inflections("agree"));
        assertArrayEquals(new String[] {"specify", "specifies", "specified", "specifying"},
                Lexicon.inflections("specify"));
        assertArrayEquals(new String[] {"stress", "stresses", "stressed", "stressing"}, Lexicon.inflections("stress"));
        assertArrayEquals(new String[] {"convey", "conveys", "conveyed", "conveying"}, Lexicon.inflections("convey"));
    }

    @Test
    void cuesAreFoundByTheirCorrectFormsOnly() {
        assertEquals("admit", Lexicon.cue("admitted").lemma());
        assertEquals("quip", Lexicon.cue("quipped").lemma());
        assertEquals("concur", Lexicon.cue("concurred").lemma());
        assertNull(Lexicon.cue("admited"));
        assertNotNull(Lexicon.cue("retorted"));
        assertNotNull(Lexicon.cue("lamented"));
        assertEquals("agree", Lexicon.cue("agreeing").lemma());
    }

    @Test
    void longTailAndBeliefVerbsInflectCorrectly() {
        assertEquals("hint", Lexicon.cue("hinted").lemma());
        assertEquals("counter", Lexicon.cue("countered").lemma());
        assertEquals("believe", Lexicon.cue("believes").lemma());
        assertEquals("admit", Lexicon.cue("admitted").lemma());
        assertEquals("concur", Lexicon.cue("concurred").lemma());
        assertEquals("quip", Lexicon.cue("quipped").lemma());
    }
}
