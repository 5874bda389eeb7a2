package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One article being read: its tokens and sentences ({@link Document}), the names in it, its figures, and
 * what the stages have found so far. The stages share it; not thread-safe.
 */
final class Reading {

    final Document doc;
    final Names names;
    final KnownSpeakers known;
    final List<FigureFinder.Found> figures;
    final boolean[] cueUsed;
    /** Per token: a figure starts there ("as many as 50,000", "only 10%"). */
    final boolean[] figureStart;
    final Attribution[] quoteAttribution;
    final List<Draft> candidates = new ArrayList<>();
    /**
     * Per paragraph of a transcript or interview: who is talking ("MR. BOUCHER: ..."), null outside
     * answers. First-person statements in a turn are that speaker's.
     */
    final String[] turnSpeaker;
    /** Per paragraph: first token after the speaker label, or the paragraph start. */
    final int[] turnStart;
    /** Per paragraph: an interviewer's question, whose premises are not the article's statements. */
    final boolean[] asked;
    /** The headline paragraph, or -1: a title sums up the article's statements; only {@link Headlines} reads one. */
    final int headline;

    Reading(String text, KnownSpeakers known) {
        this.doc = new Document(text);
        this.names = new Names(doc);
        this.known = known;
        this.figures = FigureFinder.find(doc);
        this.cueUsed = new boolean[doc.size()];
        this.figureStart = new boolean[doc.size()];
        for (FigureFinder.Found f : figures) {
            figureStart[f.first()] = true;
        }
        this.quoteAttribution = new Attribution[doc.quotes.size()];
        this.turnSpeaker = new String[doc.skippedParagraph.length];
        this.turnStart = new int[doc.skippedParagraph.length];
        this.asked = new boolean[doc.skippedParagraph.length];
        this.headline = isHeadline(0) ? 0 : -1;
    }

    static final int MAX_CLAUSE_TOKENS = 250;

    static final int MAX_NP_TOKENS = 10;

    /** A short first paragraph without closing punctuation, followed by more text. */
    private boolean isHeadline(int p) {
        if (doc.skippedParagraph.length < 2) {
            return false;
        }
        int last = doc.paragraphEnd(p);
        Token end = doc.token(last);
        boolean closed = end.isTerminal() || doc.isClosingMark(last) && last > 0 && doc.token(last - 1).isTerminal();
        // A quotation left open runs on into the next paragraph: that is text, not a title.
        boolean openQuote = end.quote >= 0 && doc.quotes.get(end.quote).close < 0;
        return !closed && !openQuote && last - doc.paragraphStart[p] < 40;
    }

    static boolean isDash(Token t) {
        return t.is("\u2014") || t.is("\u2013") || t.is("\u2015") || t.is("-");
    }

    /** Drops trailing punctuation outside quotation marks. */
    int trimEnd(int from, int end) {
        while (end > from) {
            Token t = doc.token(end);
            if (t.type == Token.Type.PUNCT && !t.is(")") && !t.is("%") && !t.is("]")) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    int wordsBetween(int first, int last) {
        int words = 0;
        for (int k = first; k <= last; k++) {
            words += doc.token(k).isWord() || doc.token(k).type == Token.Type.NUMBER ? 1 : 0;
        }
        return words;
    }

    boolean[] coveredTokens() {
        boolean[] covered = new boolean[doc.size()];
        for (Draft c : candidates) {
            for (int k = Math.max(0, c.spanFirst); k <= c.spanLast && k < covered.length; k++) {
                covered[k] = true;
            }
        }
        return covered;
    }

    /**
     * Whether a statement found so far has its cue inside the tokens. Candidates are added in text
     * order while reported speech is read, so only the last few can reach back this far.
     */
    boolean candidateAnchoredIn(int first, int last) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Draft c = candidates.get(i);
            if (c.anchor >= first && c.anchor <= last) {
                return true;
            }
            if (c.spanLast < first) {
                return false;
            }
        }
        return false;
    }

    boolean figureIn(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (figureStart[k]) {
                return true;
            }
        }
        return false;
    }

    int skipIntroDateline(Document.Sentence s) {
        int k = s.first();
        Token first = doc.token(k);
        if (first.isWord() && first.text.length() >= 3 && first.text.equals(first.text.toUpperCase(Locale.ROOT))) {
            for (int m = k + 1; m < s.last() && m < k + 14; m++) {
                if (isDash(doc.token(m))) {
                    return m + 1;
                }
            }
        }
        return k;
    }
}
