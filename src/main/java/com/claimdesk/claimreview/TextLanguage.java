package com.claimdesk.claimreview;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a short text by its function words, for a ClaimReview that says neither its own language nor
 * its page's: only the languages fact-checkers most often publish in, and only when the text leaves no doubt.
 */
final class TextLanguage {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "was", "are", "with", "has", "have",
                    "will", "not", "this", "by", "it", "were", "from"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "es", "por", "para", "una", "con",
                    "no", "se", "su", "al", "fue", "lo"),
            "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "que", "e", "em", "no", "na", "um", "uma", "com",
                    "não", "é", "foi", "ao", "pelo"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "que", "qui", "en", "dans",
                    "pour", "pas", "sur", "au", "aux", "ce"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "im",
                    "auf", "für", "dem", "des", "sich", "wird", "wurde"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "che", "e", "è", "un", "una", "per", "non", "del",
                    "della", "nel", "con", "sono", "ha", "dei"));

    private TextLanguage() {
    }

    /** The language code, or null when no language has clearly more of its words in the text than the others. */
    static String guess(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = null;
        int bestCount = 0;
        int secondCount = 0;
        for (var language : FUNCTION_WORDS.entrySet()) {
            int count = 0;
            for (String word : words) {
                if (language.getValue().contains(word)) {
                    count++;
                }
            }
            if (count > bestCount) {
                secondCount = bestCount;
                bestCount = count;
                best = language.getKey();
            } else if (count > secondCount) {
                secondCount = count;
            }
        }
        return bestCount >= 2 && bestCount > secondCount ? best : null;
    }
}
