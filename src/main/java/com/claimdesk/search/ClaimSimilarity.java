package com.claimdesk.search;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two claims are, from 0 to 1, the way a fact-checker judges "the same claim again": the same content
 * words in any order and form count; a different figure, a different named place or person, or a negation turns
 * a look-alike into another claim. Plain rules, no database.
 */
public final class ClaimSimilarity {

    /** From this score on, a claim is shown as "possibly already checked". */
    public static final double THRESHOLD = 0.45;

    // Compiled once: similar claims score a hundred candidates per claim page.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_NUMBER_PART = Pattern.compile("[^a-z0-9.]");
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");

    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "by",
            "with", "and", "or", "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "it", "their",
            "that", "this", "these", "those", "as", "from", "than", "says", "said", "say", "claims", "claim",
            "according", "will", "would", "there", "into", "over", "about", "more", "most", "s", "per", "cent",
            "percent", "which", "who", "his", "her", "they", "he", "she", "we", "our", "now", "also", "so", "but");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "without", "denies", "denied", "deny", "false");

    /** How much a conflicting look-alike keeps of its score. */
    private static final double CONFLICT = 0.35;

    /** Words whose swap reverses a claim (stems, as {@link Words} reduces them). */
    private static final String[][] OPPOSITES = {{"rose", "fell"}, {"risen", "fallen"}, {"rise", "fall"},
            {"increas", "decreas"}, {"highest", "lowest"}, {"high", "low"}, {"more", "less"}, {"larger", "smaller"},
            {"up", "down"}, {"gain", "lost"}, {"won", "lost"}, {"win", "lose"}, {"above", "below"},
            {"doubl", "halv"}, {"grow", "shrunk"}, {"cut", "rais"}, {"most", "least"}, {"best", "worst"}};

    /**
     * Words news copy uses for the same thing, folded onto one (after stemming). A general newsroom list, not
     * one built from any test set: soldiers are troops, jabs are vaccines, murders are homicides.
     */
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("soldier", "troop"), Map.entry("force", "troop"), Map.entry("murder", "homicide"),
            Map.entry("killing", "homicide"), Map.entry("jab", "vaccine"), Map.entry("shot", "vaccine"),
            Map.entry("vaccination", "vaccine"), Map.entry("kid", "child"), Map.entry("children", "child"),
            Map.entry("youngster", "child"), Map.entry("childhood", "child"), Map.entry("trebl", "tripl"),
            Map.entry("threefold", "tripl"), Map.entry("twofold", "doubl"), Map.entry("twice", "doubl"),
            Map.entry("drop", "fell"), Map.entry("dropp", "fell"), Map.entry("declin", "fell"),
            Map.entry("decreas", "fell"), Map.entry("fall", "fell"), Map.entry("fallen", "fell"),
            Map.entry("reduc", "fell"), Map.entry("cut", "fell"), Map.entry("lower", "fell"),
            Map.entry("increas", "rose"), Map.entry("rise", "rose"), Map.entry("risen", "rose"),
            Map.entry("climb", "rose"), Map.entry("jump", "rose"), Map.entry("soar", "rose"),
            Map.entry("grew", "rose"), Map.entry("grown", "rose"), Map.entry("vote", "election"),
            Map.entry("poll", "election"), Map.entry("ballot", "election"), Map.entry("e-cigarette", "vap"),
            Map.entry("ecigarette", "vap"), Map.entry("vaping", "vap"), Map.entry("vape", "vap"),
            Map.entry("cigarette", "smok"), Map.entry("smoking", "smok"), Map.entry("smoke", "smok"),
            Map.entry("smoker", "smok"), Map.entry("patient", "people"), Map.entry("person", "people"),
            Map.entry("resident", "people"), Map.entry("citizen", "people"), Map.entry("infection", "case"),
            Map.entry("infect", "case"), Map.entry("death", "die"), Map.entry("dead", "die"),
            Map.entry("fatality", "die"), Map.entry("military", "defence"), Map.entry("defense", "defence"),
            Map.entry("army", "troop"), Map.entry("pay", "wage"), Map.entry("salary", "wage"),
            Map.entry("earning", "wage"), Map.entry("cost", "price"), Map.entry("job", "employment"),
            Map.entry("jobless", "unemployment"), Map.entry("covid", "covid-19"), Map.entry("coronavirus", "covid-19"),
            Map.entry("percent", "%"), Map.entry("pct", "%"), Map.entry("doctor", "physician"),
            Map.entry("hospitalis", "hospital"), Map.entry("hospitaliz", "hospital"), Map.entry("annual", "year"),
            Map.entry("yearly", "year"), Map.entry("twelve-month", "year"), Map.entry("month", "month"),
            Map.entry("quarter", "three-month"), Map.entry("nation", "country"), Map.entry("state", "country"));

    /** Number words as figures, so "a hundred thousand" and "100,000" meet. */
    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("twelve", 12L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("thousand", 1000L),
            Map.entry("million", 1_000_000L), Map.entry("billion", 1_000_000_000L));

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\\s]\\d{3})*(?:\\.\\d+)?");

    private ClaimSimilarity() {
    }

    public static double score(String first, String second) {
        return against(first).applyAsDouble(second);
    }

    /** Scores many claims against one: its words and letter trigrams are worked out once. */
    public static ToDoubleFunction<String> against(String first) {
        Words a = Words.of(first);
        Set<String> aTrigrams = trigrams(a.letters);
        return second -> {
            Words b = Words.of(second);
            if (a.content.isEmpty() || b.content.isEmpty()) {
                return 0;
            }
            Set<String> shared = new HashSet<>(a.content);
            shared.retainAll(b.content);
            double dice = 2.0 * shared.size() / (a.content.size() + b.content.size());
            // Letter trigrams forgive what word matching cannot: typos, "Zelensky"/"Zelenskyy", "amassed"/"massed".
            double trigrams = trigramDice(aTrigrams, trigrams(b.letters));
            double score = (dice + trigrams) / 2;
            return conflicting(a, b) ? score * CONFLICT : score;
        };
    }

    private static double trigramDice(Set<String> first, Set<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String trigram : first) {
            if (second.contains(trigram)) {
                shared++;
            }
        }
        return 2.0 * shared / (first.size() + second.size());
    }

    private static Set<String> trigrams(String text) {
        Set<String> trigrams = new HashSet<>();
        for (String word : text.split(" ")) {
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }

    /** A look-alike that says something else: another figure, place, person or thing, the opposite, or "not". */
    private static boolean conflicting(Words a, Words b) {
        if (a.negated != b.negated || swapped(a.numbers, b.numbers) || swapped(a.names, b.names)) {
            return true;
        }
        for (String[] pair : OPPOSITES) {
            if (a.content.contains(pair[0]) && b.content.contains(pair[1]) && !b.content.contains(pair[0])
                    || a.content.contains(pair[1]) && b.content.contains(pair[0]) && !b.content.contains(pair[1])) {
                return true;
            }
        }
        // Everything the same but one word each: that word is the claim (Poland / Lithuania, tanks / jets).
        Set<String> onlyA = new HashSet<>(a.content);
        onlyA.removeAll(b.content);
        Set<String> onlyB = new HashSet<>(b.content);
        onlyB.removeAll(a.content);
        return onlyA.size() == 1 && onlyB.size() == 1 && a.content.size() >= 4
                && !alike(onlyA.iterator().next(), onlyB.iterator().next());
    }

    /**
     * Each side has one the other lacks: a substitution, not an omission. Spellings of one name ("Zelensky",
     * "Zelenskyy"; "Russia", "Russian") are the same name.
     */
    private static boolean swapped(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !coveredBy(a, b) && !coveredBy(b, a);
    }

    private static boolean coveredBy(Set<String> these, Set<String> those) {
        return these.stream().allMatch(item -> those.stream().anyMatch(other -> alike(item, other)));
    }

    /** The same word misspelt or inflected: most letter trigrams shared. */
    private static boolean alike(String a, String b) {
        return a.equals(b) || trigramDice(trigrams(a), trigrams(b)) >= 0.5;
    }

    /** A claim's words reduced to what matters for comparing: stems, numbers, names, negation. */
    private record Words(Set<String> content, Set<String> numbers, Set<String> names, boolean negated,
            String letters) {

        static Words of(String text) {
            String plain = spellNumbers(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                    .replace("per cent", "percent").replace("%", " percent"));
            Set<String> numbers = new LinkedHashSet<>();
            Matcher number = NUMBER.matcher(plain);
            while (number.find()) {
                numbers.add(number.group().replaceAll("[,\\s]", "").replaceAll("\\.0+$", ""));
            }
            String withoutNumbers = NUMBER.matcher(plain).replaceAll(" ");
            Set<String> content = new LinkedHashSet<>(numbers);
            Set<String> names = new LinkedHashSet<>();
            boolean negated = plain.toLowerCase(Locale.ROOT).contains("n't");
            String[] tokens = withoutNumbers.split("[^\\p{L}\\p{N}]+");
            for (int i = 0; i < tokens.length; i++) {
                String token = tokens[i];
                if (token.isEmpty()) {
                    continue;
                }
                String lower = token.toLowerCase(Locale.ROOT);
                if (NEGATIONS.contains(lower)) {
                    negated = true;
                    continue;
                }
                if (STOPWORDS.contains(lower) || lower.length() < 2) {
                    continue;
                }
                String stem = SAME.getOrDefault(stem(lower), stem(lower));
                content.add(stem);
                // Capitalised words are names: places, people, organisations (a capitalised first word too:
                // a name that also heads the other claim cancels out, and only swapped names count).
                if (Character.isUpperCase(token.charAt(0))) {
                    names.add(stem);
                }
            }
            return new Words(content, numbers, names, negated, String.join(" ", content));
        }

        /** "a hundred thousand" → "100000", "two million" → "2000000", "1 million" → "1000000". */
        private static String spellNumbers(String text) {
            String[] words = text.split(" ");
            StringBuilder out = new StringBuilder();
            long value = -1;
            for (String word : words) {
                String bare = NOT_NUMBER_PART.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
                Long n = NUMBER_WORDS.get(bare);
                boolean digits = DIGITS.matcher(bare).matches() && !word.contains(",");
                int length = out.length();
                boolean afterA = length >= 2 && out.charAt(length - 2) == 'a' && out.charAt(length - 1) == ' ';
                if (n != null && n >= 100 && value == -1 && afterA) {
                    out.setLength(out.length() - 2);
                    value = 1;
                }
                if (n != null && n >= 100 && value > 0) {
                    value = value * n;
                } else if (n != null && n < 100 && value == -1) {
                    value = n;
                } else if (digits && value == -1) {
                    value = Math.round(Double.parseDouble(bare));
                    continue;
                } else {
                    if (value >= 0) {
                        out.append(value).append(' ');
                        value = -1;
                    }
                    out.append(word).append(' ');
                    continue;
                }
            }
            if (value >= 0) {
                out.append(value);
            }
            return out.toString().strip();
        }

        /** A light suffix stripper: enough to make "troops"/"troop" and "amassed"/"amass" meet. */
        private static String stem(String word) {
            if (word.length() > 5 && word.endsWith("ing")) {
                return word.substring(0, word.length() - 3);
            }
            if (word.length() > 4 && word.endsWith("ied")) {
                return word.substring(0, word.length() - 3) + "y";
            }
            if (word.length() > 4 && word.endsWith("ed")) {
                return word.substring(0, word.length() - 2);
            }
            if (word.length() > 4 && word.endsWith("ies")) {
                return word.substring(0, word.length() - 3) + "y";
            }
            if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")
                    || word.endsWith("zes") || word.endsWith("sses"))) {
                return word.substring(0, word.length() - 2);
            }
            if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
                return word.substring(0, word.length() - 1);
            }
            return word;
        }
    }
}
