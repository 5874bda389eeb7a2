package com.claimdesk.extraction;

/**
 * Stage: which words report speech here. A cue word from the {@link Lexicon} counts only where it is a
 * verb of saying, not a noun ("the claims that"), a passive ("was said to") or a negation ("did not say").
 */
final class Cues {

    private final Reading reading;
    private final Document doc;

    Cues(Reading reading) {
        this.reading = reading;
        this.doc = reading.doc;
    }

    boolean isCueAt(int k, boolean forQuote) {
        Token t = doc.token(k);
        Lexicon.Cue cue = t.isLowercaseWord() && t.quote < 0 ? Lexicon.cue(t.lower) : null;
        if (cue == null || (forQuote && !Lexicon.attributesQuotes(cue)) || isMarkup(k)) {
            return false;
        }
        return !isPassive(k, cue) && !isNoun(k, cue);
    }

    /**
     * A verb that reports speech only in a frame of its own ("called for", "urged X to"), used as a verb here:
     * not a noun ("the calls for"), a passive ("was urged to") or an adjective ("the cited figures").
     */
    Lexicon.Cue frameAt(int k) {
        Token t = doc.token(k);
        Lexicon.Cue cue = t.isLowercaseWord() && t.quote < 0 ? Lexicon.frameCue(t.lower) : null;
        if (cue == null || isMarkup(k) || isPassive(k, cue) || isNoun(k, cue)) {
            return null;
        }
        return cue;
    }

    /** `<tweet tweet-id="...">` left in pasted text: a tag's name says nothing. */
    private boolean isMarkup(int k) {
        return k > 0 && (doc.token(k - 1).is("<") || doc.token(k - 1).is("</"))
                && doc.token(k - 1).end == doc.token(k).start;
    }

    private boolean isPassive(int k, Lexicon.Cue cue) {
        if (!cue.passiveForm()) {
            return false;
        }
        int p = k - 1;
        while (p >= 0 && doc.token(p).isLowercaseWord() && doc.token(p).lower.endsWith("ly")) {
            p--;
        }
        return p >= 0 && Lexicon.BE_FORMS.contains(doc.token(p).lower);
    }

    private static final java.util.Set<String> QUANTIFIERS = Lexicon.words("another", "several", "many", "both", "all",
            "most", "some", "each", "others", "few");

    private static final java.util.Set<String> PLAIN_SPEECH = Lexicon.words("said", "say", "says", "told", "wrote",
            "added", "warned", "argued", "insisted", "noted", "agreed", "complained");

    /** "Another", "Several" opening a sentence or a clause: a quantifier used as a pronoun. */
    boolean standsAlone(int k) {
        return QUANTIFIERS.contains(doc.token(k).lower)
                && (k == 0 || doc.token(k - 1).sentence != doc.token(k).sentence || doc.token(k - 1).is(","));
    }

    /** Forms of verbs of saying that are as often plural nouns: "rules", "reports", "claims". */
    private static final java.util.Set<String> NOUN_PLURALS = Lexicon.words("rules", "reports", "claims", "charges",
            "notes", "promises", "pledges", "demands", "estimates", "comments", "responses", "replies", "warnings");

    /** "the claims that", "Russia's demand": the cue word used as a noun. */
    private boolean isNoun(int k, Lexicon.Cue cue) {
        if (k == 0) {
            return false;
        }
        Token prev = doc.token(k - 1);
        // "Another said", "Several warned": a quantifier standing alone as the subject of a plain verb of saying
        // ("Some estimated death tolls" and "several alleged accomplices" are adjectives).
        Token t = doc.token(k);
        if (standsAlone(k - 1) && PLAIN_SPEECH.contains(t.lower)) {
            return false;
        }
        if (cue.passiveForm()) {
            // "for alleged war crimes", "the stated aim": the participle as an adjective.
            return Lexicon.DETERMINERS.contains(prev.lower) || (Lexicon.PREPOSITIONS.contains(prev.lower)
                    && !prev.is("to") && k + 1 < doc.size() && doc.token(k + 1).isLowercaseWord()
                    && !doc.token(k + 1).is("that") && !Lexicon.PREPOSITIONS.contains(doc.token(k + 1).lower));
        }
        if (cue.participle()) {
            // "It goes without saying that", "it is worth noting that": the writer's own aside.
            return Lexicon.DETERMINERS.contains(prev.lower) || prev.is("amid") || prev.is("of")
                    || prev.is("including") || prev.is("without") || prev.is("worth");
        }
        // "new emissions rules that could close plants": a plural noun and its relative clause.
        if (NOUN_PLURALS.contains(t.lower) && prev.isLowercaseWord() && !Lexicon.PRONOUNS.contains(prev.lower)
                && !Lexicon.VERB_MODIFIERS.contains(prev.lower) && k + 2 < doc.size() && doc.token(k + 1).is("that")
                && Lexicon.AUXILIARIES.contains(doc.token(k + 2).lower)) {
            return true;
        }
        // "the first estimate from the firm", "a report by the council": a verb of saying never takes these.
        Token next = k + 1 < doc.size() ? doc.token(k + 1) : null;
        if (next != null && (next.is("from") || next.is("by")) && !cue.lemma().equals("say")) {
            return true;
        }
        // "citing reports that": the object of a participle, never a verb whose subject is "citing".
        boolean participleObject = prev.isLowercaseWord() && prev.lower.endsWith("ing") && prev.lower.length() > 5
                && Lexicon.cue(prev.lower) == null;
        return Lexicon.DETERMINERS.contains(prev.lower) || prev.isPossessive() || prev.is("amid") || participleObject
                || (Lexicon.PREPOSITIONS.contains(prev.lower) && !prev.is("to"));
    }

    /** "did not say that", "have never claimed": what is not said is no statement. */
    boolean isNegated(int cueIndex) {
        for (int k = cueIndex - 1; k >= 0 && k >= cueIndex - 4; k--) {
            Token t = doc.token(k);
            if (t.is("not") || t.is("never") || t.lower.endsWith("n't") || t.lower.endsWith("n\u2019t")) {
                return true;
            }
            if (!Lexicon.VERB_MODIFIERS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** "If consumers replied that ..., they were charged": a supposition, not something said. */
    boolean inCondition(int cueIndex, Document.Sentence s) {
        int k = reading.skipIntroDateline(s);
        if (doc.token(k).is("even") && k + 1 < cueIndex) {
            k++;
        }
        // A condition is a short opening clause; the bound keeps long unpunctuated text linear.
        if (!doc.token(k).is("if") && !doc.token(k).is("unless") || cueIndex - k > 40) {
            return false;
        }
        for (int m = k + 1; m < cueIndex; m++) {
            if (doc.token(m).is(",")) {
                return false;
            }
        }
        return true;
    }
}
