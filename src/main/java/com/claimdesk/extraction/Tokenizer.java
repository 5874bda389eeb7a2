package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;

/** Splits text into tokens and numbers their paragraphs, in one pass over the characters. */
final class Tokenizer {

    private Tokenizer() {
    }

    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB' || c == '\u2033';
    }

    /** Two apostrophes, backticks or single quotation marks in a row, standing for one double mark. */
    static boolean isDoubledSingleMark(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        char d = text.charAt(i + 1);
        boolean single = c == '\'' || c == '`' || c == '\u2018' || c == '\u2019';
        return single && d == c;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    static List<Token> tokenize(String text) {
        boolean hardWrapped = looksHardWrapped(text);
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int paragraph = 0;
        int newlines = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
                if (c == '\n') {
                    newlines++;
                }
                i++;
                continue;
            }
            if (!tokens.isEmpty() && (newlines >= 2 || (newlines == 1 && !hardWrapped))) {
                paragraph++;
            }
            newlines = 0;
            int end;
            Token.Type type;
            if (isQuoteChar(c)) {
                end = i + 1;
                type = Token.Type.QUOTE;
            } else if (isDoubledSingleMark(text, i)) {
                // ''...'' and ``...'': a double quotation mark typed as two single ones.
                end = i + 2;
                type = Token.Type.QUOTE;
            } else if (Character.isLetterOrDigit(text.codePointAt(i))) {
                end = wordEnd(text, i);
                type = isNumber(text, i, end) ? Token.Type.NUMBER : Token.Type.WORD;
            } else {
                // A symbol, emoji included: one code point, so a surrogate pair is never split.
                end = i + Character.charCount(text.codePointAt(i));
                type = Token.Type.PUNCT;
            }
            Token t = new Token(i, end, type, text.substring(i, end));
            t.paragraph = paragraph;
            tokens.add(t);
            i = end;
        }
        return tokens;
    }

    private static int wordEnd(String text, int from) {
        int n = text.length();
        int j = from;
        int segmentStart = from;
        boolean digitsOnly = true;
        while (j < n) {
            int cp = text.codePointAt(j);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                digitsOnly &= Character.isDigit(cp);
                j += Character.charCount(cp);
                continue;
            }
            char c = text.charAt(j);
            boolean nextIsAlnum = j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1));
            if ((isApostrophe(c) || c == '-' || c == '\u2010' || c == '&') && nextIsAlnum && j > from) {
                j++;
                segmentStart = j;
                continue;
            }
            // "1,500", "2.5" and "PM2.5": a separator between digits stays inside the token.
            boolean betweenDigits = j + 1 < n && Character.isDigit(text.charAt(j + 1)) && Character.isDigit(text.charAt(j - 1));
            if ((c == ',' || c == '.') && digitsOnly && j + 1 < n && Character.isDigit(text.charAt(j + 1))
                    || c == '.' && betweenDigits) {
                j++;
                continue;
            }
            // Initialisms keep their periods: "U.S.", "a.m.".
            if (c == '.' && j - segmentStart == 1 && Character.isLetter(text.charAt(segmentStart))) {
                boolean more = j + 2 < n && Character.isLetter(text.charAt(j + 1)) && text.charAt(j + 2) == '.';
                boolean initialism = text.indexOf('.', from) < j;
                if (more) {
                    j += 2;
                    segmentStart = j - 1;
                    continue;
                }
                if (initialism) {
                    j++;
                }
            }
            break;
        }
        return j;
    }

    private static boolean isNumber(String text, int start, int end) {
        if (!Character.isDigit(text.charAt(start))) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * True for text wrapped at a fixed width: then a single line break is a space and only blank lines
     * separate paragraphs. Such text breaks lines mid-sentence, so most lines followed by another line
     * end without closing punctuation; text copied from a web page puts one paragraph on each line.
     */
    private static boolean looksHardWrapped(String text) {
        int joined = 0;
        int openEnded = 0;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                break;
            }
            int end = nl;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int next = nl + 1;
            boolean nextBlank = next >= n || text.charAt(next) == '\n' || text.charAt(next) == '\r';
            if (end > start && !nextBlank) {
                joined++;
                char last = text.charAt(end - 1);
                if (".!?:\"\u201D\u2019)]*".indexOf(last) < 0) {
                    openEnded++;
                }
            }
            start = nl + 1;
        }
        return joined >= 3 && openEnded * 2 > joined;
    }
}
