package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Noun phrases around a cue: invented sentences. */
class PhrasesTest {

    @Test
    void subjectBeforeTheVerb() {
        Stages s = new Stages("The county's chief engineer said the road would close.");
        int[] np = s.phrases.npBefore(s.token("said"));
        assertNotNull(np);
        assertEquals("The county's chief engineer", s.words(np[0], np[1]));
    }

    @Test
    void nameInAnAppositionBeforeTheVerb() {
        Stages s = new Stages("The spokesman for the mayor, Tom Ortiz, said the road would close.");
        int[] np = s.phrases.npBefore(s.token("said"));
        assertEquals("Tom Ortiz", s.words(np[0], np[1]));
    }

    @Test
    void sourceAfterTheVerb() {
        Stages s = new Stages("\u201CThe road will close,\u201D said the county engineer, who inspected it.");
        int[] np = s.phrases.npForward(s.token("said") + 1);
        assertEquals("the county engineer", s.words(np[0], np[1]));
    }

    @Test
    void subjectOfTheSentenceAfterAnIntroduction() {
        Stages s = new Stages("On Monday, Councillor Ada Brook voted against the plan, calling it reckless.");
        int calling = s.token("calling");
        int[] np = s.phrases.sentenceSubject(s.reading.doc.token(calling).sentence, calling);
        assertEquals("Councillor Ada Brook", s.words(np[0], np[1]));
    }
    @Test
    void subjectAfterAnOpeningConjunction() {
        Stages s = new Stages("But Ana Ruiz, an organizer at the union, said the depot would close.");
        int[] np = s.phrases.sentenceSubject(0, s.token("said"));
        assertNotNull(np);
        assertEquals("Ana Ruiz", s.words(np[0], np[1]));
    }
}
