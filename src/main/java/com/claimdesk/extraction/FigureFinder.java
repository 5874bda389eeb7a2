package com.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds figures (counts, amounts of money, percentages, measures) in a document's tokens. */
final class FigureFinder {

    /**
     * A figure with its token range. Checkable figures are precise enough to verify: written in digits,
     * or in words with a bound or a multiplier ("at least nine", "two million").
     */
    record Found(int first, int last, int start, int end, Figure figure, boolean checkable) {
    }

    private static final Map<String, Integer> SPELLED = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("thousand", 1000), Map.entry("dozen", 12));

    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of("hundred", BigDecimal.valueOf(100),
            "thousand", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000), "mn",
            BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000), "bn",
            BigDecimal.valueOf(1_000_000_000), "trillion", new BigDecimal("1000000000000"), "tn",
            new BigDecimal("1000000000000"));

    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥",
            "JPY", "₹", "INR", "₽", "RUB");

    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("euros", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("rupees", "INR"), Map.entry("hryvnias", "UAH"));

    /** Bounds and approximations, longest first so "more than" wins over "than". */
    private static final List<String> QUALIFIERS = List.of("no less than", "no more than", "as many as",
            "as much as", "as few as", "as little as", "upwards of", "in excess of", "more than", "less than",
            "fewer than", "greater than", "at least", "at most", "up to", "close to", "just over",
            "just under", "an estimated", "nearly", "almost", "about", "around", "approximately", "roughly",
            "some", "over", "under", "below", "above", "estimated", "only", "exactly", "just", "almost");

    private static final Set<String> UNIT_STOPS = Lexicon.words("and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "than", "that", "which", "who", "as", "the", "a", "an", "this", "its",
            "their", "his", "her", "have", "has", "had", "is", "are", "was", "were", "will", "would", "could",
            "be", "been", "more", "less", "per", "each", "a.m.", "p.m.", "am", "pm", "ago", "years", "year",
            "old");

    private static final Set<String> TIME_WORDS = Lexicon.words("a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock",
            "est", "edt", "cet", "bst", "hours");

    /** "no one", "the one", "which one": not a count. */
    private static final Set<String> NOT_A_COUNT_BEFORE_ONE = Lexicon.words("no", "any", "every", "each", "the",
            "this", "that", "which", "someone", "anyone", "everyone", "no-one", "only", "last", "another", "one");

    private FigureFinder() {
    }

    static List<Found> find(Document doc) {
        List<Found> found = new ArrayList<>();
        int n = doc.size();
        int i = 0;
        while (i < n) {
            Found f = figureAt(doc, i);
            if (f != null) {
                found.add(f);
                i = f.last() + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static Found figureAt(Document doc, int i) {
        Token t = doc.token(i);
        BigDecimal value;
        boolean spelled = false;
        String attachedUnit = null;
        if (t.type == Token.Type.NUMBER) {
            value = parse(t.text);
        } else if (t.isWord() && Character.isDigit(t.text.charAt(0))) {
            // "3.2bn", "10km": digits with a multiplier or unit attached.
            int k = 0;
            while (k < t.text.length() && (Character.isDigit(t.text.charAt(k)) || t.text.charAt(k) == '.'
                    || t.text.charAt(k) == ',')) {
                k++;
            }
            String suffix = t.lower.substring(k);
            value = parse(t.text.substring(0, k));
            if (value == null || suffix.matches("st|nd|rd|th|s")) {
                return null;
            }
            // "30-person", "21-year-old", "16-hour": the count and what it counts.
            if (suffix.startsWith("-")) {
                suffix = suffix.substring(1);
                if (suffix.isEmpty() || !Character.isLetter(suffix.charAt(0))) {
                    return null;
                }
            }
            BigDecimal mult = MULTIPLIERS.get(suffix);
            if (mult != null) {
                value = value.multiply(mult);
            } else {
                attachedUnit = suffix;
            }
        } else if (t.isWord() && SPELLED.containsKey(t.lower) && !t.is("one")) {
            value = BigDecimal.valueOf(SPELLED.get(t.lower));
            spelled = true;
        } else if (t.is("one") && (i == 0 || !NOT_A_COUNT_BEFORE_ONE.contains(doc.token(i - 1).lower))) {
            value = BigDecimal.ONE;
            spelled = true;
        } else {
            return null;
        }
        if (value == null || isDateOrTime(doc, i) || isIdentifier(doc, i)) {
            return null;
        }
        int first = i;
        int last = i;
        boolean multiplied = attachedUnit == null && t.isWord() && !spelled;
        String unit = attachedUnit;
        // Currency sign before: "$3.2 billion", "US$5".
        if (i > 0 && CURRENCY_SIGNS.containsKey(doc.token(i - 1).text) && doc.token(i - 1).end == t.start) {
            unit = CURRENCY_SIGNS.get(doc.token(i - 1).text);
            first = i - 1;
            if (first > 0 && doc.token(first - 1).is("us") && doc.token(first - 1).end == doc.token(first).start) {
                first--;
            }
        }
        if (last + 1 < doc.size() && MULTIPLIERS.containsKey(doc.token(last + 1).lower)) {
            value = value.multiply(MULTIPLIERS.get(doc.token(last + 1).lower));
            last++;
            multiplied = true;
        }
        if (!spelled && unit == null && isYear(doc, i, value)) {
            return null;
        }
        if (unit == null) {
            int[] unitEnd = new int[1];
            unit = unitAfter(doc, last, unitEnd);
            if (unit != null) {
                last = unitEnd[0];
            }
        }
        String qualifier = null;
        int q = qualifierBefore(doc, first);
        if (q >= 0) {
            qualifier = Names.clean(doc.text.substring(doc.token(q).start, doc.token(first - 1).end))
                    .toLowerCase(java.util.Locale.ROOT);
            first = q;
        }
        if (spelled && unit == null) {
            return null;
        }
        if (value.scale() > 0 && value.stripTrailingZeros().scale() <= 0) {
            value = value.setScale(0, java.math.RoundingMode.UNNECESSARY);
        }
        int start = doc.token(first).start;
        int end = doc.token(last).end;
        boolean checkable = !spelled || qualifier != null || multiplied || value.intValue() >= 10;
        Figure figure = new Figure(Names.clean(doc.text.substring(start, end)), value, unit, qualifier);
        return new Found(first, last, start, end, figure, checkable);
    }

    private static BigDecimal parse(String digits) {
        String plain = digits.replace(",", "");
        if (plain.isEmpty() || plain.indexOf('.') != plain.lastIndexOf('.') || plain.endsWith(".")) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "%", "percent", "per cent", a currency word, or up to three words naming what is counted. */
    private static String unitAfter(Document doc, int last, int[] unitEnd) {
        int n = doc.size();
        int k = last + 1;
        if (k >= n) {
            return null;
        }
        Token t = doc.token(k);
        if (t.text.equals("%")) {
            unitEnd[0] = k;
            return "%";
        }
        if (t.is("percent") || t.is("pc")) {
            unitEnd[0] = k;
            return "%";
        }
        if (t.is("per") && k + 1 < n && doc.token(k + 1).is("cent")) {
            unitEnd[0] = k + 1;
            return "%";
        }
        if (t.is("percentage") && k + 1 < n && doc.token(k + 1).is("points")) {
            unitEnd[0] = k + 1;
            return "percentage points";
        }
        if (CURRENCY_WORDS.containsKey(t.lower)) {
            unitEnd[0] = k;
            return CURRENCY_WORDS.get(t.lower);
        }
        int end = -1;
        for (int j = k; j < n && j < k + 3; j++) {
            Token w = doc.token(j);
            if (!w.isWord() || UNIT_STOPS.contains(w.lower) || Lexicon.AUXILIARIES.contains(w.lower)
                    || w.quote != doc.token(last).quote || Lexicon.cue(w.lower) != null) {
                break;
            }
            end = j;
            if (w.isLowercaseWord() && (w.lower.endsWith("s") || w.lower.equals("people"))) {
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        unitEnd[0] = end;
        return Names.clean(doc.text.substring(doc.token(k).start, doc.token(end).end));
    }

    private static int qualifierBefore(Document doc, int first) {
        for (String qualifier : QUALIFIERS) {
            String[] words = qualifier.split(" ");
            int start = first - words.length;
            if (start < 0) {
                continue;
            }
            boolean match = true;
            for (int w = 0; w < words.length && match; w++) {
                match = doc.token(start + w).is(words[w]);
            }
            if (match) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isYear(Document doc, int i, BigDecimal value) {
        Token t = doc.token(i);
        if (t.text.length() != 4 || value.scale() > 0 || value.intValue() < 1800 || value.intValue() > 2100) {
            return false;
        }
        Token next = i + 1 < doc.size() ? doc.token(i + 1) : null;
        boolean countsSomething = next != null && next.isLowercaseWord() && next.lower.endsWith("s")
                && !next.is("was") && !next.is("is") && !next.is("has");
        return !countsSomething && qualifierBefore(doc, i) < 0;
    }

    /** Dates ("March 5", "5 March"), clock times ("3:32 a.m.") and the like. */
    private static boolean isDateOrTime(Document doc, int i) {
        Token prev = i > 0 ? doc.token(i - 1) : null;
        Token next = i + 1 < doc.size() ? doc.token(i + 1) : null;
        if (prev != null && Lexicon.MONTHS.contains(prev.lower.replace(".", ""))) {
            return true;
        }
        if (next != null && (Lexicon.MONTHS.contains(next.lower) || TIME_WORDS.contains(next.lower))) {
            return true;
        }
        if (next != null && next.text.equals(":") && i + 2 < doc.size()
                && doc.token(i + 2).type == Token.Type.NUMBER) {
            return true;
        }
        return prev != null && prev.text.equals(":") && i > 1 && doc.token(i - 2).type == Token.Type.NUMBER;
    }

    /** Numbers that name rather than count: "Article 5", "Flight 17", "Apollo 11". */
    private static boolean isIdentifier(Document doc, int i) {
        if (i == 0) {
            return false;
        }
        Token prev = doc.token(i - 1);
        if (prev.is("no") || prev.is("number") || prev.is("#") || prev.is("page") || prev.is("route")
                || prev.is("chapter") || prev.is("section") || prev.is("room") || prev.is("line")) {
            return true;
        }
        return prev.isCapitalized() && prev.sentence == doc.token(i).sentence
                && doc.sentences.get(prev.sentence).first() != i - 1 && !Lexicon.MONTHS.contains(prev.lower);
    }
}
