package com.claimdesk.claims;

import com.claimdesk.articles.CanonicalText;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * A passage of an article's text, by offsets in UTF-16 code units: Java string indexes, as the extraction API
 * gives them and the page's selection script measures them (see {@link CanonicalText}).
 */
public record Passage(int start, int end) {

    /** The passage given by its range; a range outside the text is reported on the start or end field. */
    public static Passage ofRange(String text, String start, String end, FormErrors errors) {
        Long from = Inputs.number(start, "appearance.start", errors);
        Long to = Inputs.number(end, "appearance.end", errors);
        if (errors.has("appearance.start") || errors.has("appearance.end")) {
            return null;
        }
        if (from == null || to == null) {
            errors.add(from == null ? "appearance.start" : "appearance.end",
                    "Give the start and end of the passage in the article.");
        } else if (from < 0 || from >= text.length()) {
            errors.add("appearance.start", "The start must be between 0 and " + (text.length() - 1) + ".");
        } else if (to <= from || to > text.length()) {
            errors.add("appearance.end", "The end must be after the start and at most " + text.length() + ".");
        } else if (splitsCharacter(text, from.intValue())) {
            errors.add("appearance.start", "The start falls inside a character (an emoji counts two).");
        } else if (splitsCharacter(text, to.intValue())) {
            errors.add("appearance.end", "The end falls inside a character (an emoji counts two).");
        } else {
            return new Passage(from.intValue(), to.intValue());
        }
        return null;
    }

    /**
     * The passage whose words were copied from the article, for readers without a mouse selection. White space
     * may differ (line breaks become spaces when copying); the words must appear in this order.
     */
    public static Passage ofWords(String text, String words, FormErrors errors) {
        // Copied from the page, the words may come back in another form (no-break spaces, decomposed accents).
        String wanted = Inputs.clean(CanonicalText.of(words));
        if (wanted == null) {
            errors.add("passage", "Copy the words of the passage from the article.");
            return null;
        }
        String[] parts = wanted.split("\\s+");
        int from = 0;
        while (true) {
            int first = text.indexOf(parts[0], from);
            if (first < 0) {
                errors.add("passage", "These words are not in the article; copy them exactly as they stand.");
                return null;
            }
            int at = first + parts[0].length();
            boolean matched = true;
            for (int i = 1; i < parts.length && matched; i++) {
                int gap = at;
                while (gap < text.length() && Character.isWhitespace(text.charAt(gap))) {
                    gap++;
                }
                matched = gap > at && text.startsWith(parts[i], gap);
                at = gap + parts[i].length();
            }
            if (matched) {
                return new Passage(first, at);
            }
            from = first + 1;
        }
    }

    /** Whether the offset falls between the two halves of a character outside the Basic Multilingual Plane. */
    private static boolean splitsCharacter(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
