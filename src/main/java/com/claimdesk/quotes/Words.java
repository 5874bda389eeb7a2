package com.claimdesk.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into compared words, the same way for sources and quotes: case, punctuation, curly quotes and
 * hyphens do not count ("build-up" is "build up"); contractions stay one word ("wasn't" is not "was not");
 * standalone fillers (uh, um, er, ah) and a "you know" set off by punctuation are not words.
 */
final class Words {

    /** What a quote token is: a word, an ellipsis ({@code ...}, {@code …}, {@code [...]}) or a bracketed insertion. */
    enum Kind { WORD, ELLIPSIS, INSERTION }

    record Token(String norm, int start, int end, Kind kind) {
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,6}|#x[0-9a-fA-F]{1,6});");

    /** Longest stage direction or editorial mark looked for: "(Laughter.)" and "[inaudible]" are short. */
    private static final int MAX_MARK = 300;

    private static final Set<String> FILLERS = Set.of("uh", "um", "er", "ah");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody",
            "neither", "nor", "without", "cannot");

    private Words() {
    }

    /** Words that carry no content of their own, and the verbs of reported speech ("X said that"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
            "on", "for", "with", "at", "by", "from", "as", "that", "this", "these", "those", "it", "its", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
            "may", "might", "do", "does", "did", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
            "my", "your", "him", "them", "us", "me", "if", "so", "there", "which", "who", "what", "very", "much",
            "whether", "said", "says", "say", "told", "tells", "added", "according", "stated", "noted", "also");

    /**
     * A content word cut to a rough stem ("chooses" and "choose", "alliances" and "alliance") for finding an
     * indirect statement's gist, or null for a function word.
     */
    static String stem(String norm) {
        String w = norm.endsWith("'s") ? norm.substring(0, norm.length() - 2) : norm;
        if (FUNCTION_WORDS.contains(w) || w.length() < 2) {
            return null;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String ending : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > ending.length() + 3 && w.endsWith(ending) && !w.endsWith("ss")) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    static boolean negation(String norm) {
        return NEGATIONS.contains(norm) || norm.endsWith("n't");
    }

    /**
     * A source's spoken words between {@code from} and {@code to}; marks in (), [] and <> are skipped. Equal words
     * share one string through {@code vocabulary}, so a long transcript keeps each word once.
     */
    static void split(String text, int from, int to, int turn, double cueStart, double cueEnd,
            Map<String, String> vocabulary, List<Transcript.Word> out) {
        for (Token t : tokens(text, from, to, false)) {
            out.add(new Transcript.Word(vocabulary.computeIfAbsent(t.norm(), k -> k), t.start(), t.end(), turn,
                    cueStart, cueEnd));
        }
    }

    /**
     * Tokens of {@code text}. For a quote, square brackets are an editor's insertion (or an ellipsis) and
     * "..." an ellipsis; for a source, anything in brackets is a stage direction or an editor's mark.
     */
    static List<Token> tokens(String text, int from, int to, boolean quote) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            char close = c == '[' ? ']' : c == '<' ? '>' : c == '(' && !quote ? ')' : 0;
            if (close != 0) {
                int end = closing(text, i + 1, Math.min(to, i + 1 + MAX_MARK), close);
                if (end >= 0) {
                    String inside = text.substring(i + 1, end).strip();
                    if (quote && c == '[') {
                        boolean ellipsis = inside.equals("...") || inside.equals("…") || inside.equals(". . .");
                        out.add(new Token(ellipsis ? "..." : norm(inside), i, end + 1,
                                ellipsis ? Kind.ELLIPSIS : Kind.INSERTION));
                    }
                    i = end + 1;
                    continue;
                }
            }
            int ellipsis = c == '…' ? 1 : text.startsWith("...", i) ? 3 : text.startsWith(". . .", i) ? 5 : 0;
            if (quote && ellipsis > 0) {
                out.add(new Token("...", i, i + ellipsis, Kind.ELLIPSIS));
                i += ellipsis;
                while (i < to && text.charAt(i) == '.') {
                    i++;
                }
                continue;
            }
            if (c == '&') {
                Matcher entity = ENTITY.matcher(text).region(i, to);
                if (entity.lookingAt()) {
                    i = entity.end(); // "&amp;" in captions and pages is markup, not a word
                    continue;
                }
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                    || (apostrophe(text.charAt(i)) && i + 1 < to && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            String norm = norm(text.substring(start, i));
            if (!FILLERS.contains(norm)) {
                out.add(new Token(norm, start, i, Kind.WORD));
            }
        }
        return withoutSetOffYouKnow(text, from, to, out);
    }

    /** Where {@code close} is between {@code from} and {@code to}, or -1: a mark is short and never runs on. */
    private static int closing(String text, int from, int to, char close) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == close) {
                return i;
            }
        }
        return -1;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    /** "you know" is a filler only between punctuation: ", you know, it" but not "you know the rules". */
    private static List<Token> withoutSetOffYouKnow(String text, int from, int to, List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 1 < tokens.size() && t.norm().equals("you") && tokens.get(i + 1).norm().equals("know")
                    && t.kind() == Kind.WORD && punctuationAround(text, from, to, t.start(), tokens.get(i + 1).end())) {
                i++;
                continue;
            }
            kept.add(t);
        }
        return kept;
    }

    private static boolean punctuationAround(String text, int from, int to, int start, int end) {
        int before = start - 1;
        while (before >= from && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < to && text.charAt(after) == ' ') {
            after++;
        }
        boolean open = before < from || ",;:—–-(".indexOf(text.charAt(before)) >= 0;
        boolean shut = after >= to || ",;.?!—–-)".indexOf(text.charAt(after)) >= 0;
        return open && shut && !(before < from && after >= to);
    }
}
