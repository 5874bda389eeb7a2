package com.claimdesk.extraction;

import java.util.Set;

/**
 * Where reported words start after a verb that reports them only in a frame of its own, not in a clause right
 * after it: "called for an audit", "called on the mayor to resign", "urged the council to wait", "called the
 * plan a giveaway", "described it as a giveaway", "vowed to keep it open", "asked whether", "explained why",
 * "talked about how", "cited rising costs". Used by {@link ReportedSpeech}; the content ends by
 * {@link Clauses#frameEnd}.
 */
final class Frames {

    private final Reading reading;
    private final Clauses clauses;
    private final Phrases phrases;
    private final Document doc;

    Frames(Reading reading, Clauses clauses, Phrases phrases) {
        this.reading = reading;
        this.clauses = clauses;
        this.phrases = phrases;
        this.doc = reading.doc;
    }

    /** Words opening a reported question: "asked whether", "questioned why", "wondered how". */
    private static final Set<String> QUESTION_WORDS = Lexicon.words("whether", "if", "why", "how", "what", "who",
            "when", "where", "which");

    /** "Asked whether ..., Marsh said": a sentence opening with the question put to its speaker. */
    boolean askedOpening(int k, Document.Sentence s) {
        return doc.token(k).text.equals("Asked") && k == reading.skipIntroDateline(s) && doc.token(k).quote < 0;
    }

    /**
     * Frames whose content is not a clause right after the verb, from the first word of what is reported; else
     * -1. "called for a recount" (after "for"), "called on the mayor to resign" and "urged the council to wait"
     * (the person urged and what they should do), "called the plan a giveaway" and "described it as a giveaway"
     * (what is called what), "asked whether", "explained why" and "talked about how" (the question), "vowed to keep
     * it open" (the promise), "cited rising costs" (what is cited).
     */
    int contentAfter(int cueIndex, Lexicon.Cue cue, Document.Sentence s) {
        int k = cueIndex + 1;
        if (k + 1 > s.last() || cue.participle() && cueIndex > 0 && Lexicon.DETERMINERS.contains(doc.token(cueIndex - 1).lower)) {
            return -1;
        }
        Token next = doc.token(k);
        switch (cue.lemma()) {
            case "call":
                if (next.is("for")) {
                    return k + 1;
                }
                if (next.is("on") || next.is("upon")) {
                    return infinitiveAfterObject(k + 1, s) ? k + 1 : -1;
                }
                return labels(cueIndex, s) ? k : -1;
            case "urge", "press", "challenge", "implore":
                return infinitiveAfterObject(k, s) ? k : -1;
            case "encourage":
                // "efforts to encourage owners to ...", "with the state encouraging firms to ...": a purpose or a
                // policy, not words said.
                return infinitiveAfterObject(k, s) && !doc.token(cueIndex - 1).is("to") && !withBefore(cueIndex, s) ? k : -1;
            case "ask", "question", "wonder", "explain", "tell":
                return question(k, cue, s);
            case "talk", "speak":
                return (next.is("about") || next.is("of") || next.is("on")) && QUESTION_WORDS.contains(doc.token(k + 1).lower)
                        && !doc.token(k + 1).is("if") && k + 3 <= s.last() ? k + 1 : -1;
            case "cite":
                return next.isWord() && !Lexicon.PREPOSITIONS.contains(next.lower) && !next.is("as") ? k : -1;
            case "describe", "criticize", "criticise", "dismiss", "condemn", "denounce":
                return next.isWord() && !Lexicon.PREPOSITIONS.contains(next.lower) && asFollows(k, s) ? k : -1;
            case "promise", "vow", "pledge":
                return commitment(k, cue, s);
            default:
                return -1;
        }
    }

    /** "With the state encouraging ...": the verb in an absolute phrase a few words after "with". */
    private boolean withBefore(int cueIndex, Document.Sentence s) {
        for (int m = cueIndex - 1; m >= s.first() && m >= cueIndex - 4; m--) {
            if (doc.token(m).is("with")) {
                return true;
            }
        }
        return false;
    }

    /** "described the plan as a giveaway": the object, then "as" and what it is. */
    private boolean asFollows(int k, Document.Sentence s) {
        for (int m = k + 1; m <= s.last() && m <= k + 10; m++) {
            Token t = doc.token(m);
            if (t.is("as")) {
                return m + 1 <= s.last();
            }
            if (t.type == Token.Type.PUNCT || t.type == Token.Type.QUOTE || Lexicon.AUXILIARIES.contains(t.lower)
                    || t.is("that") || t.is("who") || t.is("which")) {
                return false;
            }
        }
        return false;
    }

    /** "vowed to close the depot", "promised voters on Monday not to raise fares": what is promised, from "to". */
    private int commitment(int k, Lexicon.Cue cue, Document.Sentence s) {
        int m = clauses.skipAdjuncts(k, s.last());
        // "promised drivers on Monday": the person promised, a few words, then the promise.
        for (int n = m; cue.lemma().equals("promise") && n <= s.last() && n < k + 6; n++) {
            Token t = doc.token(n);
            if (t.is("to") || t.is("not")) {
                m = n;
                break;
            }
            if (!t.isWord() || Lexicon.AUXILIARIES.contains(t.lower) || t.is("that")) {
                break;
            }
        }
        int to = m <= s.last() && doc.token(m).is("not") ? m + 1 : m;
        boolean infinitive = to + 1 <= s.last() && doc.token(to).is("to") && doc.token(to + 1).isLowercaseWord()
                && !Lexicon.DETERMINERS.contains(doc.token(to + 1).lower)
                && !Lexicon.PREPOSITIONS.contains(doc.token(to + 1).lower);
        return infinitive ? m : -1;
    }

    /** "the mayor to resign", "Congress not to": someone, then what they should do. */
    private boolean infinitiveAfterObject(int k, Document.Sentence s) {
        for (int m = k + 1; m <= s.last() && m <= k + 8; m++) {
            Token t = doc.token(m);
            if (t.is("to") && m + 1 <= s.last() && doc.token(m + 1).isLowercaseWord()
                    && !Lexicon.DETERMINERS.contains(doc.token(m + 1).lower)) {
                return !doc.token(k).is("not") && !doc.token(k).is("to");
            }
            if (t.is(",") || t.is(";") || t.is(":") || t.type == Token.Type.QUOTE || t.isTerminal()
                    || Lexicon.AUXILIARIES.contains(t.lower) || t.is("that") || t.is("who") || t.is("which")) {
                return false;
            }
        }
        return false;
    }

    /** "called the plan a giveaway", "called the vote "a farce"": an object, then what it is called. */
    private boolean labels(int cueIndex, Document.Sentence s) {
        int k = cueIndex + 1;
        Token first = doc.token(k);
        // "a group called the Harbor Trust for a Fair Deal": a name given, not a label; "what she called".
        int[] np = phrases.npBefore(cueIndex);
        boolean named = np != null && doc.token(np[0]).lower.matches("an?") && doc.token(cueIndex - 1).isLowercaseWord();
        if (!first.isWord() || Lexicon.PREPOSITIONS.contains(first.lower) || PARTICLES.contains(first.lower) || named
                || cueIndex > 1 && doc.token(cueIndex - 2).is("what")) {
            return false;
        }
        for (int m = k + 1; m <= s.last() && m <= k + 8; m++) {
            Token t = doc.token(m);
            if (t.type == Token.Type.QUOTE && doc.isOpeningMark(m) || t.is("a") || t.is("an")) {
                return true;
            }
            // "called Mr. Ortiz's plan ...": the period of a title.
            if (t.is(".") && Lexicon.TITLE_ABBREVIATIONS.contains(doc.token(m - 1).lower)) {
                continue;
            }
            if (t.type == Token.Type.PUNCT || t.type == Token.Type.QUOTE || Lexicon.AUXILIARIES.contains(t.lower)
                    || t.is("that") || t.is("who") || t.is("which") || t.is("to") || t.is("for")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PARTICLES = Lexicon.words("off", "up", "out", "back", "in");

    /** "asked whether", "asked the mayor why", "questioned how": the question; "asked the board to" its request. */
    private int question(int k, Lexicon.Cue cue, Document.Sentence s) {
        for (int m = k; m <= s.last() && m < k + 7; m++) {
            Token t = doc.token(m);
            if (QUESTION_WORDS.contains(t.lower) && m + 2 <= s.last()) {
                return m;
            }
            if (cue.lemma().equals("ask") && t.is("to") && m > k && infinitiveAfterObject(k, s)) {
                return k;
            }
            // "asked the mayor about the depot's losses": what the question was about.
            if (cue.lemma().equals("ask") && t.is("about") && m + 3 <= s.last() && doc.token(m + 1).isWord()) {
                return m + 1;
            }
            if (t.type == Token.Type.PUNCT || t.type == Token.Type.QUOTE || Lexicon.AUXILIARIES.contains(t.lower)
                    || t.is("that") || t.is("about") || t.is("for") || t.is("not")) {
                return -1;
            }
        }
        return -1;
    }
}
