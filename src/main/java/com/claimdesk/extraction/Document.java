package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One text cut into tokens, paragraphs, quotations and sentences. Built once per extraction and
 * read by all the rules; every step is a single pass, so the whole is linear in the text size.
 */
final class Document {

    /** A quotation: the tokens between an opening and a closing mark. */
    static final class Quote {
        final int open;
        /** Token index of the closing mark, or -1 when the quotation is never closed. */
        final int close;
        final int innerStart;
        final int innerEnd;
        /** First and last token inside (first > last when empty). */
        final int first;
        final int last;
        final int words;
        /** Set once a statement includes the quotation, so it is not reported twice. */
        boolean used;

        Quote(int open, int close, int innerStart, int innerEnd, int first, int last, int words) {
            this.open = open;
            this.close = close;
            this.innerStart = innerStart;
            this.innerEnd = innerEnd;
            this.first = first;
            this.last = last;
            this.words = words;
        }
    }

    /** Token range of one sentence, inclusive. */
    record Sentence(int first, int last) {
    }

    final String text;
    final List<Token> tokens;
    final List<Quote> quotes = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    /** Per paragraph: true when it is page furniture or not English, and yields nothing. */
    final boolean[] skippedParagraph;
    /** Per paragraph: first token index. */
    final int[] paragraphStart;

    Document(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        int paragraphs = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).paragraph + 1;
        this.skippedParagraph = new boolean[paragraphs];
        this.paragraphStart = new int[paragraphs + 1];
        markParagraphs();
        pairQuotes();
        pairSingleQuotes();
        splitSentences();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    int paragraphEnd(int paragraph) {
        return paragraphStart[paragraph + 1] - 1;
    }

    private void markParagraphs() {
        int p = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).paragraph != p) {
                p = tokens.get(i).paragraph;
                paragraphStart[p] = i;
            }
        }
        paragraphStart[skippedParagraph.length] = tokens.size();
        for (int k = 0; k < skippedParagraph.length; k++) {
            skippedParagraph[k] = isBoilerplate(k) || !isEnglish(k);
        }
    }

    private boolean isBoilerplate(int paragraph) {
        int from = tokens.get(paragraphStart[paragraph]).start;
        int to = tokens.get(paragraphEnd(paragraph)).end;
        if (to - from > 200) {
            return false;
        }
        // "Ruiz said the advertisement misled voters": a short paragraph reporting speech is the article's own.
        for (int i = paragraphStart[paragraph]; i <= paragraphEnd(paragraph); i++) {
            if (tokens.get(i).isLowercaseWord() && Lexicon.cue(tokens.get(i).lower) != null) {
                return false;
            }
        }
        String lower = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        for (String phrase : Lexicon.BOILERPLATE) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Latin script with a normal share of English function words; short paragraphs pass. */
    private boolean isEnglish(int paragraph) {
        int words = 0;
        int function = 0;
        int latinLetters = 0;
        int otherLetters = 0;
        for (int i = paragraphStart[paragraph]; i <= paragraphEnd(paragraph); i++) {
            Token t = tokens.get(i);
            if (t.type != Token.Type.WORD) {
                continue;
            }
            words++;
            if (Lexicon.ENGLISH_FUNCTION_WORDS.contains(t.lower)) {
                function++;
            }
            for (int k = 0; k < t.text.length(); k++) {
                char c = t.text.charAt(k);
                if (Character.isLetter(c)) {
                    if (c < 0x250) {
                        latinLetters++;
                    } else {
                        otherLetters++;
                    }
                }
            }
        }
        if (otherLetters > latinLetters) {
            return false;
        }
        return words < 12 || function * 100 >= words * 10;
    }

    private enum Direction { OPEN, CLOSE, EITHER }

    private Direction direction(Token t) {
        int n = text.length();
        char prev = t.start > 0 ? text.charAt(t.start - 1) : ' ';
        char next = t.end < n ? text.charAt(t.end) : ' ';
        boolean spaceBefore = Character.isWhitespace(prev) || "([{<\u2014\u2013-/\u00A0".indexOf(prev) >= 0
                || Tokenizer.isQuoteChar(prev) || prev == '\'' || prev == '\u2018';
        boolean spaceAfter = Character.isWhitespace(next) || ".,;:!?)]}>\u2014\u2013\u00A0".indexOf(next) >= 0
                || Tokenizer.isQuoteChar(next);
        if (spaceBefore && !spaceAfter) {
            return Direction.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            return Direction.CLOSE;
        }
        char c = t.text.charAt(0);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u201F') {
            return Direction.OPEN;
        }
        if (c == '\u201D' || c == '\u00BB') {
            return Direction.CLOSE;
        }
        return Direction.EITHER;
    }

    /**
     * Pairs quotation marks. A paragraph that ends inside a quotation continues it when the next
     * paragraph opens with a quotation mark (the newspaper convention for long quotes); otherwise the
     * quotation ends with its paragraph.
     */
    private void pairQuotes() {
        int open = -1;
        int prevParagraph = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean continuation = false;
            if (t.paragraph != prevParagraph) {
                if (open >= 0) {
                    if (t.type == Token.Type.QUOTE && direction(t) != Direction.CLOSE) {
                        continuation = true;
                    } else {
                        addQuote(open, -1, i - 1);
                        open = -1;
                    }
                }
                prevParagraph = t.paragraph;
            }
            if (t.type != Token.Type.QUOTE || continuation) {
                continue;
            }
            Direction d = direction(t);
            if (open < 0) {
                if (d != Direction.CLOSE) {
                    open = i;
                }
            } else if (d == Direction.OPEN) {
                addQuote(open, -1, i - 1);
                open = i;
            } else {
                addQuote(open, i, i - 1);
                open = -1;
            }
        }
        if (open >= 0) {
            addQuote(open, -1, tokens.size() - 1);
        }
    }

    /**
     * British quotation marks ('...' and ‘...’) outside double quotes, closed within their
     * paragraph. A mark counts only at a word boundary, so apostrophes inside words never do; a mark
     * after a plural -s that a noun follows ("the players' union") is a possessive, not a closing one.
     */
    private void pairSingleQuotes() {
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (open >= 0 && (t.paragraph != tokens.get(open).paragraph || t.quote >= 0)) {
                open = -1;
            }
            if (t.type != Token.Type.PUNCT || t.quote >= 0 || !isSingleMark(t.text.charAt(0))) {
                continue;
            }
            // A mark right after the opening one ("''") cannot close an empty quotation: start afresh.
            if (open < 0 || i == open + 1) {
                open = opensSingle(i) ? i : -1;
            } else if (closesSingle(i)) {
                tokens.set(open, asQuoteMark(tokens.get(open)));
                tokens.set(i, asQuoteMark(t));
                addQuote(open, i, i - 1);
                open = -1;
            } else if (opensSingle(i)) {
                open = i;
            }
        }
    }

    private static boolean isSingleMark(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private static Token asQuoteMark(Token t) {
        Token q = new Token(t.start, t.end, Token.Type.QUOTE, t.text);
        q.paragraph = t.paragraph;
        return q;
    }

    /** Shortened words written with a leading apostrophe: "'90s", "rock 'n' roll", "'em". */
    private static final java.util.Set<String> ELISIONS = Lexicon.words("n", "em", "til", "cause", "tis", "twas",
            "bout", "round", "s");

    private boolean opensSingle(int i) {
        Token t = tokens.get(i);
        if (t.text.charAt(0) == '\u2019' || i + 1 >= tokens.size()) {
            return false;
        }
        char prev = t.start > 0 ? text.charAt(t.start - 1) : ' ';
        Token next = tokens.get(i + 1);
        boolean boundaryBefore = Character.isWhitespace(prev) || "([{\u2014\u2013-/:".indexOf(prev) >= 0
                || Tokenizer.isQuoteChar(prev);
        boolean wordAfter = next.start == t.end && (next.type == Token.Type.WORD || next.type == Token.Type.NUMBER);
        boolean decade = next.lower.length() == 3 && Character.isDigit(next.lower.charAt(0)) && next.lower.endsWith("s");
        return boundaryBefore && wordAfter && !decade && !ELISIONS.contains(next.lower);
    }

    private boolean closesSingle(int i) {
        Token t = tokens.get(i);
        if (t.text.charAt(0) == '\u2018' || t.start == 0) {
            return false;
        }
        char prev = text.charAt(t.start - 1);
        char next = t.end < text.length() ? text.charAt(t.end) : ' ';
        boolean boundaryAfter = Character.isWhitespace(next) || ".,;:!?)]}\u2014\u2013-".indexOf(next) >= 0
                || Tokenizer.isQuoteChar(next);
        if (Character.isWhitespace(prev) || !boundaryAfter) {
            return false;
        }
        if ((prev == 's' || prev == 'S') && Character.isWhitespace(next) && i + 1 < tokens.size()) {
            Token after = tokens.get(i + 1);
            boolean functionWord = Lexicon.ENGLISH_FUNCTION_WORDS.contains(after.lower)
                    || Lexicon.PREPOSITIONS.contains(after.lower) || Lexicon.cue(after.lower) != null;
            return !after.isLowercaseWord() || functionWord;
        }
        return true;
    }

    private void addQuote(int open, int close, int last) {
        int first = open + 1;
        int words = 0;
        int id = quotes.size();
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            t.quote = id;
            if (t.type == Token.Type.WORD || t.type == Token.Type.NUMBER) {
                words++;
            }
        }
        int innerStart = tokens.get(open).end;
        int innerEnd = last >= first ? tokens.get(last).end : innerStart;
        if (last >= first) {
            innerStart = tokens.get(first).start;
        }
        quotes.add(new Quote(open, close, innerStart, innerEnd, first, last, words));
    }

    /** The quotation opened by or closed by the token, or null. */
    Quote quoteMarkedBy(int tokenIndex) {
        Token t = tokens.get(tokenIndex);
        if (t.type != Token.Type.QUOTE) {
            return null;
        }
        int q = tokenIndex + 1 < tokens.size() ? tokens.get(tokenIndex + 1).quote : -1;
        if (q >= 0 && quotes.get(q).open == tokenIndex) {
            return quotes.get(q);
        }
        q = tokenIndex > 0 ? tokens.get(tokenIndex - 1).quote : -1;
        if (q >= 0 && quotes.get(q).close == tokenIndex) {
            return quotes.get(q);
        }
        return null;
    }

    boolean isClosingMark(int tokenIndex) {
        Quote q = quoteMarkedBy(tokenIndex);
        return q != null && q.close == tokenIndex;
    }

    boolean isOpeningMark(int tokenIndex) {
        Quote q = quoteMarkedBy(tokenIndex);
        return q != null && q.open == tokenIndex;
    }

    private void splitSentences() {
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean paragraphEnds = i + 1 == tokens.size() || tokens.get(i + 1).paragraph != tokens.get(i).paragraph;
            if (paragraphEnds || endsSentence(i)) {
                for (int k = first; k <= i; k++) {
                    tokens.get(k).sentence = sentences.size();
                }
                sentences.add(new Sentence(first, i));
                first = i + 1;
            }
        }
    }

    private boolean endsSentence(int i) {
        Token t = tokens.get(i);
        if (t.quote >= 0 && quotes.get(t.quote).close >= 0) {
            return false;
        }
        if (t.type == Token.Type.QUOTE) {
            return isClosingMark(i) && i > 0 && tokens.get(i - 1).isTerminal() && startsSentence(i + 1);
        }
        if (t.isTerminal()) {
            if (i + 1 < tokens.size() && (tokens.get(i + 1).type == Token.Type.QUOTE && isClosingMark(i + 1))) {
                return false;
            }
            // "No. 5" abbreviates "number"; "No." before a word is the answer.
            if (t.text.equals(".") && i > 0 && isAbbreviation(tokens.get(i - 1), t) && (!tokens.get(i - 1).is("no")
                    || i + 1 < tokens.size() && tokens.get(i + 1).type == Token.Type.NUMBER)) {
                return false;
            }
            return startsSentence(i + 1);
        }
        // "the U.S. The talks ...": an initialism ending a sentence.
        if (t.type == Token.Type.WORD && t.text.endsWith(".") && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            return next.isCapitalized() && Lexicon.SENTENCE_STARTERS.contains(next.lower);
        }
        return false;
    }

    private static boolean isAbbreviation(Token word, Token period) {
        if (word.type != Token.Type.WORD || word.end != period.start) {
            return false;
        }
        return Lexicon.ABBREVIATIONS.contains(word.lower)
                || (word.text.length() == 1 && Character.isUpperCase(word.text.charAt(0)));
    }

    private boolean startsSentence(int i) {
        if (i >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(i);
        if (t.type == Token.Type.QUOTE || t.type == Token.Type.NUMBER) {
            return true;
        }
        if (t.type == Token.Type.PUNCT) {
            return "([\u2014\u2013-*\u2022".contains(t.text);
        }
        return !t.isLowercaseWord();
    }
}
