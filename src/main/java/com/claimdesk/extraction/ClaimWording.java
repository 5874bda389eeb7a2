package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first "claim reviewed" of a found statement, fit to publish: without the punctuation and quotation marks
 * the cut left at its ends, the speaker's name in place of the pronoun that stands for them ("she had waited five
 * years" by Maria Santos is "Maria Santos had waited five years"), and a denial turned into what the claimant
 * asserts ("it will take military action", denied by Russia, is "Russia will not take military action"). A denial
 * that cannot be turned safely keeps its words and a note asking the reviewer to rewrite it.
 */
public final class ClaimWording {

    /** Longest first wording; the reviewer shortens it further (schema.org recommends 75 characters). */
    static final int MAX = 200;

    /** Why the wording must be rewritten before research, shown on the claim until it is. */
    public static final String DENIAL_NOTE = "This claim reviewed still reads as a denial. Rewrite it as what the "
            + "claimant asserts (for instance \u201Cthe mayor did not sign the contract\u201D) before research starts.";

    /** The wording, and a note when a reviewer has to rewrite it first (null when it is fit as it is). */
    public record Wording(String text, String rewriteNote) {
        public boolean needsRewrite() {
            return rewriteNote != null;
        }
    }

    private static final String QUOTES = "\"\u201C\u201D\u2018\u2019'";

    /** Auxiliaries and modals after which "not" negates the clause. */
    private static final Set<String> NEGATABLE = Lexicon.words("will", "would", "can", "could", "should", "must",
            "may", "might", "shall", "is", "are", "was", "were", "has", "have", "had", "does", "do", "did");

    private static final Set<String> NEGATIONS = Lexicon.words("not", "never", "no", "nothing", "nobody", "none",
            "neither", "nor", "without");

    /** What a first-person or plural subject's verb becomes after a name: "we are" is "the agency is". */
    private static final Map<String, String> THIRD_PERSON = Map.of("am", "is", "are", "is", "have", "has",
            "do", "does", "'m", "is", "\u2019m", "is", "'ve", "has", "\u2019ve", "has");

    private static final Set<String> ANY_VERB_AFTER = Lexicon.words("will", "would", "can", "could", "should",
            "must", "may", "might", "shall", "was", "had", "did", "'ll", "\u2019ll", "'d", "\u2019d");

    private ClaimWording() {
    }

    /**
     * @param speaker      the claimant's name, or null when nobody is named (the outlet's own figures included)
     * @param organisation whether the claimant is an organisation ("it" stands for it) rather than a person
     */
    public static Wording of(StatementKind kind, String content, String speaker, boolean organisation) {
        String text = content.strip().replaceAll("\\s+", " ");
        text = trimEnds(kind == StatementKind.DIRECT ? withoutAttributions(text) : text);
        if (speaker != null && !speaker.isBlank() && !speaker.equals(Statement.ARTICLE_SPEAKER)) {
            text = named(text, speaker.strip(), organisation);
        }
        String note = null;
        if (kind == StatementKind.DENIAL) {
            String asserted = negated(text);
            if (asserted == null) {
                note = DENIAL_NOTE;
            } else {
                text = asserted;
            }
        }
        return new Wording(shortened(capitalised(text)), note);
    }

    /**
     * A direct statement joined from several quotations (`The pier will reopen," Brook said. "The fees will go
     * up.`) without the attribution between them: "The pier will reopen. The fees will go up." Its text starts
     * inside a quotation, so its double quotation marks alternate, closing then opening.
     */
    static String withoutAttributions(String text) {
        if (!startsInsideQuotation(text)) {
            return withoutUnclosedMark(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int closed = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '"' && c != '\u201C' && c != '\u201D') {
                if (closed < 0) {
                    out.append(c);
                }
                continue;
            }
            if (closed < 0) {
                closed = i;
                continue;
            }
            closed = -1;
            int next = i + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            // "…in May," he said, "and the fees…": one sentence goes on; "…in May," he said. "The fees…": a new one.
            boolean goesOn = next < text.length() && Character.isLowerCase(text.charAt(next));
            char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            if (!goesOn && last == ',') {
                out.setCharAt(out.length() - 1, '.');
            } else if (!goesOn && ".!?\u2026".indexOf(last) < 0 && out.length() > 0) {
                out.append('.');
            } else if (goesOn && last != ',' && out.length() > 0) {
                out.append(',');
            }
            out.append(' ');
            i = next - 1;
        }
        return out.toString().strip();
    }

    /**
     * `With the ferry gone, "nobody will come,` (the speaker's words before the quotation, cut at its end): the
     * quotation mark it opens is never closed, so it goes.
     */
    private static String withoutUnclosedMark(String text) {
        int open = Math.max(text.lastIndexOf('\u201C'), text.lastIndexOf(" \"") + 1);
        if (open <= 0 || text.indexOf('\u201D', open) >= 0 || text.indexOf('"', open + 1) >= 0) {
            return text;
        }
        return text.substring(0, open) + text.substring(open + 1);
    }

    /** Whether the first double quotation mark closes one: curly, or straight after a word and before a space. */
    private static boolean startsInsideQuotation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '\u201D') {
                return c == '\u201D';
            }
            if (c == '"') {
                return i > 0 && text.charAt(i - 1) != ' ' && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
            }
        }
        return false;
    }

    /** Without the commas, full stops and unmatched quotation marks a cut through the sentence leaves. */
    static String trimEnds(String text) {
        String before;
        do {
            before = text;
            text = text.replaceAll("^[\\s,;:\u2013\u2014-]+|[\\s,;:.\u2026\u2013\u2014-]+$", "");
            if (text.length() > 1 && wrapped(text)) {
                text = text.substring(1, text.length() - 1);
            }
            if (!text.isEmpty() && QUOTES.indexOf(text.charAt(0)) >= 0 && !closed(text, text.charAt(0))) {
                text = text.substring(1);
            }
            if (!text.isEmpty() && QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0
                    && !opened(text, text.charAt(text.length() - 1))) {
                text = text.substring(0, text.length() - 1);
            }
        } while (!text.equals(before));
        return text;
    }

    /** "\"The pier will reopen,\"": one pair of quotation marks around the whole statement. */
    private static boolean wrapped(String text) {
        char open = text.charAt(0);
        char close = text.charAt(text.length() - 1);
        String inside = text.substring(1, text.length() - 1);
        return (open == '"' && close == '"' || open == '\u201C' && close == '\u201D')
                && inside.indexOf(open) < 0 && inside.indexOf(close) < 0;
    }

    /** Whether a quotation mark opening the text is closed later in it; "'90s" keeps its apostrophe. */
    private static boolean closed(String text, char open) {
        char close = switch (open) {
            case '\u201C' -> '\u201D';
            case '\u2018' -> '\u2019';
            default -> open;
        };
        boolean elision = (open == '\'' || open == '\u2019') && text.length() > 1 && Character.isDigit(text.charAt(1));
        return elision || text.indexOf(close, 1) > 0;
    }

    /** Whether a quotation mark closing the text was opened in it; "the players'" keeps its apostrophe. */
    private static boolean opened(String text, char close) {
        String body = text.substring(0, text.length() - 1);
        return switch (close) {
            case '\u201D' -> body.indexOf('\u201C') >= 0;
            case '\u2019' -> body.indexOf('\u2018') >= 0 || body.endsWith("s");
            case '\'' -> body.indexOf('\'') >= 0 || body.endsWith("s");
            default -> body.indexOf(close) >= 0;
        };
    }

    /** The speaker's name in place of the pronoun that opens the statement and stands for them. */
    private static String named(String text, String speaker, boolean organisation) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        String first = words.get(0).toLowerCase(Locale.ROOT);
        String contraction = "";
        int apostrophe = Math.max(first.indexOf('\''), first.indexOf('\u2019'));
        if (apostrophe > 0) {
            contraction = first.substring(apostrophe);
            first = first.substring(0, apostrophe);
        }
        boolean third = organisation ? first.equals("it") : first.equals("he") || first.equals("she");
        boolean other = first.equals("i") && !organisation || first.equals("we") || first.equals("they");
        if (!third && !other) {
            return text;
        }
        if (third) {
            words.set(0, speaker + contraction);
            return String.join(" ", words);
        }
        // "I am", "we have": the verb agrees with the name, or the pronoun stays.
        String verb = !contraction.isEmpty() ? contraction : words.size() > 1 ? words.get(1).toLowerCase(Locale.ROOT) : "";
        String agreed = THIRD_PERSON.get(verb);
        if (agreed == null && !ANY_VERB_AFTER.contains(verb)) {
            return text;
        }
        if (!contraction.isEmpty()) {
            words.set(0, speaker + (agreed != null ? " " + agreed : contraction));
        } else {
            words.set(0, speaker);
            if (agreed != null) {
                words.set(1, agreed);
            }
        }
        return String.join(" ", words);
    }

    /**
     * What the claimant asserts by denying {@code text}: "not" after the clause's first auxiliary. Null when that
     * is not safe: no auxiliary near the start, a negation already there, "has" or "had" as a main verb.
     */
    static String negated(String text) {
        String[] words = text.split(" ");
        for (String word : words) {
            String bare = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "");
            if (NEGATIONS.contains(bare) || bare.endsWith("n't")) {
                return null;
            }
        }
        for (int k = 1; k < Math.min(words.length - 1, 7); k++) {
            String word = words[k].toLowerCase(Locale.ROOT);
            if (word.matches(".*[,;:()\"\u201C\u201D].*") || Lexicon.NP_BREAKERS.contains(word)
                    && !word.equals("it")) {
                return null;
            }
            if (NEGATABLE.contains(word)) {
                String next = words[k + 1].toLowerCase(Locale.ROOT);
                boolean possession = (word.equals("has") || word.equals("have") || word.equals("had"))
                        && !next.matches("\\p{L}+(ed|en|wn|ne|de|ght|lt|un|ut|id|ld|pt|ft|ot|on)") && !next.equals("been");
                boolean doVerb = word.startsWith("d") && Lexicon.DETERMINERS.contains(next);
                if (possession || doVerb) {
                    return null;
                }
                String not = word.equals("can") ? "cannot" : words[k] + " not";
                List<String> out = new ArrayList<>(Arrays.asList(words));
                out.set(k, not);
                return String.join(" ", out);
            }
        }
        return null;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String shortened(String text) {
        if (text.length() <= MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX - 1);
        return text.substring(0, cut > 0 ? cut : MAX - 1) + "\u2026";
    }
}
