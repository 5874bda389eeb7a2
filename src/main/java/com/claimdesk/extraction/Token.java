package com.claimdesk.extraction;

import java.util.Locale;

/** A word, number, punctuation mark or quotation mark, with its offsets in the text. */
final class Token {

    enum Type { WORD, NUMBER, PUNCT, QUOTE }

    final int start;
    final int end;
    final Type type;
    final String text;
    final String lower;
    /** Index of the paragraph holding the token. */
    int paragraph;
    /** Index of the sentence holding the token. */
    int sentence;
    /** Index of the quotation whose inside holds the token, or -1. */
    int quote = -1;

    Token(int start, int end, Type type, String text) {
        this.start = start;
        this.end = end;
        this.type = type;
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    /** A word starting with an upper-case letter. */
    boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isLowercaseWord() {
        return type == Type.WORD && Character.isLowerCase(text.codePointAt(0));
    }

    /** A word with a possessive ending ("Russia's", "Blinken’s"). */
    boolean isPossessive() {
        return type == Type.WORD && (lower.endsWith("'s") || lower.endsWith("\u2019s"));
    }

    /** The word without a possessive ending. */
    String bare() {
        return isPossessive() ? text.substring(0, text.length() - 2) : text;
    }

    String bareLower() {
        return isPossessive() ? lower.substring(0, lower.length() - 2) : lower;
    }

    boolean isTerminal() {
        return type == Type.PUNCT && (text.equals(".") || text.equals("!") || text.equals("?")
                || text.equals("\u2026"));
    }

    @Override
    public String toString() {
        return text;
    }
}
