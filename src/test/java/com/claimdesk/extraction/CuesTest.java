package com.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which words report speech: invented sentences. */
class CuesTest {

    @Test
    void speechVerbIsACue() {
        Stages s = new Stages("The harbour master said the pier would reopen in May.");
        assertTrue(s.cues.isCueAt(s.token("said"), false));
    }

    @Test
    void cueWordAsANounOrAfterAParticipleIsNoCue() {
        Stages s = new Stages("The union dismissed the claims that the depot would close.");
        assertFalse(s.cues.isCueAt(s.token("claims"), false));
        Stages citing = new Stages("The union wrote to members, citing reports that the depot would close.");
        assertFalse(citing.cues.isCueAt(citing.token("reports"), false));
    }

    @Test
    void passiveIsNoCue() {
        Stages s = new Stages("The ferry is said to be the oldest on the coast.");
        assertFalse(s.cues.isCueAt(s.token("said"), false));
    }

    @Test
    void negatedCueAndConditionSayNothing() {
        Stages s = new Stages("The mayor did not say that the bridge was unsafe.");
        assertTrue(s.cues.isNegated(s.token("say")));
        Stages c = new Stages("If drivers complained that the fares were high, they were ignored.");
        int cue = c.token("complained");
        assertTrue(c.cues.inCondition(cue, c.sentence(cue)));
    }

    @Test
    void tagNameInLeftoverMarkupIsNoCue() {
        Stages s = new Stages("The mayor posted on Monday. <tweet tweet-id=\"1234\"><tweet/>.");
        assertFalse(s.cues.isCueAt(s.token("tweet"), false));
    }
    @Test
    void theWritersAsideAndAPluralNounAreNoCues() {
        Stages aside = new Stages("It goes without saying that the depot will close.");
        assertFalse(aside.cues.isCueAt(aside.token("saying"), false));
        Stages rules = new Stages("The board passed new depot rules that could end hundreds of routes.");
        assertFalse(rules.cues.isCueAt(rules.token("rules"), false));
        Stages ruling = new Stages("The judge rules that the depot must stay open.");
        assertTrue(ruling.cues.isCueAt(ruling.token("rules"), false));
    }

    @Test
    void frameVerbsAreVerbsOnlyWhereTheyAreUsedAsVerbs() {
        Stages s = new Stages("Ruiz called for an audit amid growing calls for her resignation.");
        assertTrue(s.cues.frameAt(s.token("called")) != null);
        assertTrue(s.cues.frameAt(s.token("calls")) == null);
        Stages passive = new Stages("Ruiz was urged to resign.");
        assertTrue(passive.cues.frameAt(passive.token("urged")) == null);
    }
}
