package com.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage: speaker turns in transcripts and interviews ("MR. BOUCHER: ...") and the checkable claims
 * made in them.
 */
final class Transcripts {

    private final Reading reading;
    private final Document doc;
    private final Names names;
    private final List<FigureFinder.Found> figures;
    private final List<Draft> candidates;
    private final String[] turnSpeaker;
    private final int[] turnStart;
    private final boolean[] asked;

    Transcripts(Reading reading) {
        this.reading = reading;
        this.doc = reading.doc;
        this.names = reading.names;
        this.figures = reading.figures;
        this.candidates = reading.candidates;
        this.turnSpeaker = reading.turnSpeaker;
        this.turnStart = reading.turnStart;
        this.asked = reading.asked;
    }

    private static final Set<String> QUESTIONERS = Lexicon.words("q", "question", "questioner", "reporter",
            "moderator", "interviewer", "wikinews", "participant", "audience", "staff", "operator", "host",
            "journalist", "press");

    /** Labels that introduce notes rather than speakers. */
    private static final Set<String> NOT_SPEAKERS = Lexicon.words("note", "update", "correction", "source",
            "photo", "related", "read", "watch", "video", "image", "caption", "disclaimer", "warning", "breaking",
            "exclusive", "opinion", "analysis", "editor", "tags", "topics", "filed", "posted", "updated",
            "published", "by", "credit", "email", "tel", "phone", "fax", "contact", "media", "more", "see");

    /**
     * Finds speaker turns: paragraphs opening with a label ("MR. BOUCHER:", "Tom Kyle:") and the
     * paragraphs continuing them, and, in interviews without labels, answers after question paragraphs.
     */
    void findTurns() {
        int labels = 0;
        boolean shouted = false;
        String[] label = new String[turnSpeaker.length];
        boolean[] question = new boolean[turnSpeaker.length];
        for (int p = 0; p < turnSpeaker.length; p++) {
            turnStart[p] = doc.paragraphStart[p];
            if (doc.skippedParagraph[p]) {
                continue;
            }
            // "LOOK: Shocking Photos …", "BUSTED: …": a headline's kicker is no speaker's label.
            int colon = p == 0 && turnSpeaker.length > 1 ? -1 : labelColon(p);
            Token last = doc.token(doc.paragraphEnd(p));
            question[p] = last.is("?") || (doc.isClosingMark(doc.paragraphEnd(p)) && doc.paragraphEnd(p) > 0
                    && doc.token(doc.paragraphEnd(p) - 1).is("?"));
            if (colon < 0) {
                continue;
            }
            int labelFirst = labelFirst(p);
            String words = doc.text.substring(doc.token(labelFirst).start, doc.token(colon - 1).end);
            boolean upperCase = words.equals(words.toUpperCase(Locale.ROOT)) && words.length() > 2;
            String firstWord = doc.token(labelFirst).lower.replace(".", "");
            // "Veto Power Impedes Peace Efforts: ...": a section heading in title case names no one; a label is a
            // name of a few words ("Sen. Ada Brook:") or shouted ("MR. BOUCHER:").
            int length = colon - labelFirst;
            if (!upperCase && !QUESTIONERS.contains(firstWord) && (length > 4 || length > 3
                    && names.personAfter(labelFirst, length) == null)) {
                continue;
            }
            labels++;
            turnStart[p] = colon + 1;
            // One shouted word ("BYLINE:", "UPDATE:") is a heading; one shouted name ("MR. BOUCHER:") a speaker.
            shouted |= upperCase && (length > 1 || names.personAfter(doc.paragraphStart[p], length) != null);
            if (QUESTIONERS.contains(firstWord)) {
                label[p] = "";
                question[p] = true;
            } else {
                String person = names.personAfter(labelFirst, colon - labelFirst);
                label[p] = person != null ? person : Names.clean(words);
            }
        }
        if (labels >= 2 || shouted) {
            String current = null;
            for (int p = 0; p < turnSpeaker.length; p++) {
                if (label[p] != null) {
                    current = label[p].isEmpty() ? null : label[p];
                    asked[p] = label[p].isEmpty();
                    // A transcript quoted in an article is the speakers' words, questions too.
                    if (question[p] && !quotedTurn(p)) {
                        continue;
                    }
                } else if (question[p]) {
                    current = null;
                    asked[p] = true;
                    continue;
                } else {
                    asked[p] = current == null && p > 0 && asked[p - 1];
                }
                turnSpeaker[p] = doc.skippedParagraph[p] ? null : current;
            }
            return;
        }
        findInterviewAnswers(question);
    }

    /** The first word of the paragraph: a transcript quoted in an article opens each turn with a quotation mark. */
    private int labelFirst(int p) {
        int first = doc.paragraphStart[p];
        return doc.token(first).type == Token.Type.QUOTE && first < doc.paragraphEnd(p) ? first + 1 : first;
    }

    /** A labelled turn inside a quotation: `"WALLACE: Why would he do that?`. */
    private boolean quotedTurn(int p) {
        return labelFirst(p) > doc.paragraphStart[p] && turnStart[p] > labelFirst(p);
    }

    /** The colon ending a speaker label at the start of the paragraph, or -1. */
    private int labelColon(int p) {
        int first = labelFirst(p);
        int end = doc.paragraphEnd(p);
        for (int k = first; k <= end && k < first + 10; k++) {
            Token t = doc.token(k);
            if (t.is(":")) {
                return k > first && k < end && !NOT_SPEAKERS.contains(doc.token(first).lower) ? k : -1;
            }
            boolean nameLike = t.isCapitalized() || (t.is(".") && k > first) || t.is("of") || t.is("and");
            if (!nameLike || Lexicon.cue(t.lower) != null) {
                return -1;
            }
        }
        return -1;
    }

    /** "Wikinews interviews Jon Greenspon": paragraphs answering question paragraphs are his. */
    private void findInterviewAnswers(boolean[] question) {
        int questions = 0;
        for (boolean q : question) {
            questions += q ? 1 : 0;
        }
        if (questions < 2) {
            return;
        }
        // The interview is announced before its first question ("Wikinews interviewed Siegel to learn more."); one
        // mentioned further down a column full of rhetorical questions makes no transcript of it.
        int firstQuestion = 0;
        while (!question[firstQuestion]) {
            firstQuestion++;
        }
        String interviewee = null;
        for (int k = 0; k < doc.paragraphStart[firstQuestion] && interviewee == null; k++) {
            if (doc.token(k).lower.startsWith("interview")) {
                interviewee = names.personAfter(k + 1, 10);
            }
        }
        if (interviewee == null) {
            return;
        }
        boolean afterQuestion = false;
        for (int p = 0; p < turnSpeaker.length; p++) {
            if (question[p]) {
                afterQuestion = true;
                asked[p] = true;
            } else if (afterQuestion && !doc.skippedParagraph[p]) {
                turnSpeaker[p] = interviewee;
            }
        }
    }

    private static final Set<String> OPENERS = Lexicon.words("let", "thank", "thanks", "good", "hi", "hello",
            "yeah", "yes", "okay", "ok", "well", "please", "sure", "welcome", "nope", "no");

    /** "I'm not going to get ahead of ...", "I'd refer you to ...": talk about the talk. */
    private static final Set<String> SELF_REFERENCE = Lexicon.words("i'm", "i'll", "i'd", "let's", "we'll");

    private static final Set<String> I_META_VERBS = Lexicon.words("want", "think", "hope", "would", "will",
            "am", "can't", "won't", "don't", "cannot", "can", "guess", "believe", "mean", "wish");

    private static final Set<String> TRUTH_WORDS = Lexicon.words("correct", "incorrect", "true", "false",
            "accurate", "inaccurate", "wrong", "untrue", "misleading", "fact", "facts", "lie", "lies");

    private static final Set<String> QUANTITY_WORDS = Lexicon.words("thousands", "millions", "billions",
            "hundreds", "dozens", "tens", "percent", "half", "majority", "most");

    /** In a speaker's turn, sentences that make a checkable claim become that speaker's direct statements. */
    void addTurnClaims() {
        boolean[] covered = reading.coveredTokens();
        int f = 0;
        for (Document.Sentence s : doc.sentences) {
            int p = doc.token(s.first()).paragraph;
            if (turnSpeaker[p] == null) {
                continue;
            }
            int first = Math.max(s.first(), turnStart[p]);
            while (f < figures.size() && figures.get(f).first() < first) {
                f++;
            }
            boolean figure = false;
            boolean checkable = false;
            for (int g = f; g < figures.size() && figures.get(g).last() <= s.last(); g++) {
                figure = true;
                checkable |= figures.get(g).checkable();
            }
            int last = reading.trimEnd(first, s.last());
            boolean free = true;
            for (int k = first; k <= s.last() && free; k++) {
                free = !covered[k];
            }
            if (!free || first > last || !doc.token(s.last()).isTerminal() || doc.token(s.last()).is("?")) {
                continue;
            }
            if (claimScore(first, s.last(), figure, checkable) >= 2) {
                Draft c = new Draft();
                c.kind = StatementKind.DIRECT;
                c.start = doc.token(first).start;
                c.end = doc.token(s.last()).end;
                c.spanFirst = first;
                c.spanLast = s.last();
                c.source = SpeakerSource.NAMED;
                c.speaker = turnSpeaker[p];
                c.confidence = Speakers.IN_TURN;
                c.paragraph = p;
                c.anchor = first;
                candidates.add(c);
            }
        }
    }

    /** How much a spoken sentence looks like a checkable claim rather than talk about the talk. */
    private int claimScore(int first, int last, boolean figure, boolean checkable) {
        int words = 0;
        boolean properNoun = false;
        boolean pastTense = false;
        boolean negation = false;
        boolean truth = false;
        boolean quantity = false;
        int start = first;
        while (start < last && (doc.token(start).is("and") || doc.token(start).is("but") || doc.token(start).is("so")
                || doc.token(start).type == Token.Type.PUNCT)) {
            start++;
        }
        Token opener = doc.token(start);
        boolean meta = OPENERS.contains(opener.lower) || SELF_REFERENCE.contains(opener.lower.replace('\u2019', '\''))
                || (opener.is("i") && start + 1 <= last && I_META_VERBS.contains(doc.token(start + 1).lower));
        for (int k = start; k <= last; k++) {
            Token t = doc.token(k);
            if (!t.isWord()) {
                continue;
            }
            words++;
            properNoun |= k > start && t.isCapitalized() && !t.is("I") && !Lexicon.NON_NAME_CAPITALS.contains(t.lower);
            pastTense |= t.isLowercaseWord() && t.lower.length() > 4 && t.lower.endsWith("ed");
            negation |= t.is("not") || t.is("never") || t.lower.endsWith("n't") || t.lower.endsWith("n\u2019t");
            truth |= TRUTH_WORDS.contains(t.lower);
            quantity |= QUANTITY_WORDS.contains(t.lower);
        }
        int score = (checkable || quantity ? 2 : figure ? 1 : 0) + (properNoun ? 1 : 0) + (pastTense ? 1 : 0)
                + (negation ? 1 : 0) + (truth ? 1 : 0) - (meta ? 2 : 0);
        return words < 4 ? 0 : score;
    }
}
