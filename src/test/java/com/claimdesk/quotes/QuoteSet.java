package com.claimdesk.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled set of quote checks: public-domain US federal transcripts (see quotes/set/SOURCES.md), with
 * variants generated from them by fixed rules and a fixed seed, and cases written by hand (hand-made.tsv).
 *
 * <p>The truth is worked out here without the engine: each source lists its speaker labels, and its spoken words
 * are found by a plain pattern, skipping labels, cue timings, voice tags and bracketed marks.
 */
final class QuoteSet {

    static final List<String> LABELS = List.of("verbatim", "altered", "spliced", "misattributed", "not_found");

    /** A source file, its speaker labels and who each label is (null for a reporter or an unnamed speaker). */
    record Source(String file, String text, Map<String, String> people) {
    }

    /** A spoken word of a source: where it is, and the label of the turn it is in (null when unlabelled). */
    record SpokenWord(String norm, int start, int end, String turn) {
    }

    /**
     * A case: the quote, the claimed speaker (or null), the expected label, the passage's character range (-1 when
     * not found), whether the count of negations changed and the expected turn label (null when unlabelled).
     */
    record Case(String origin, String source, String quote, String speaker, boolean indirect, String label, int start,
            int end, boolean negation, String turn) {
    }

    static final List<Source> SOURCES = List.of(
            source("blinken-press-availability-2022-01-26.txt", Map.of("SECRETARY BLINKEN", "Antony Blinken")),
            source("set/psaki-briefing-2022-02-08.txt", people("MS. PSAKI", "Jen Psaki", "Q", null)),
            source("set/psaki-briefing-2022-02-08.srt", Map.of()),
            source("set/biden-press-conference-2021-03-25.txt", people("THE PRESIDENT", "Joe Biden", "Q", null)),
            source("set/biden-press-conference-2021-03-25.vtt", people("THE PRESIDENT", "Joe Biden", "Q", null)),
            source("set/congressional-record-reid-2007-12-05.txt", Map.of("Mr. REID", "Harry Reid")),
            source("set/windsor-oral-argument-2013-03-27.txt", Map.of("CHIEF JUSTICE ROBERTS", "John Roberts",
                    "MS. JACKSON", "Vicki Jackson", "JUSTICE SOTOMAYOR", "Sonia Sotomayor")));

    /** People to put a line in the wrong mouth of. */
    private static final List<String> OTHERS = List.of("Jen Psaki", "Joe Biden", "Harry Reid", "Mitch McConnell",
            "Sonia Sotomayor", "Antony Blinken", "Nancy Pelosi", "Kamala Harris", "Vicki Jackson");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern CUE = Pattern.compile("(?m)^(?:\\d+|[\\d:.,]+ --> [\\d:.,]+|WEBVTT)[ \\t]*$");
    private static final Pattern MARK = Pattern.compile("\\([^)\\n]*\\)|\\[[^\\]\\n]*\\]|<[^>\\n]*>");
    private static final List<String> SWAPS = List.of("strong", "clear", "serious", "quickly", "today", "people",
            "country", "never", "always", "certainly", "American", "bill", "plan", "tax");
    private static final List<String> INSERTS = List.of("really", "very", "all", "clearly", "also", "simply");
    private static final Pattern AUXILIARY = Pattern.compile("^(is|are|was|were|will|can|would|should|has|have|do|does|did)$");

    private QuoteSet() {
    }

    private static Map<String, String> people(String label, String person, String other, String otherPerson) {
        Map<String, String> people = new HashMap<>();
        people.put(label, person);
        people.put(other, otherPerson);
        return people;
    }

    private static Source source(String file, Map<String, String> people) {
        try (InputStream in = QuoteSet.class.getResourceAsStream("/quotes/" + file)) {
            return new Source(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), people);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source source(String file) {
        return SOURCES.stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
    }

    /** Spoken words, found without the engine: labels come from the source's own list. */
    static List<SpokenWord> spoken(Source source) {
        String text = source.text();
        boolean[] skip = new boolean[text.length()];
        mark(skip, CUE.matcher(text));
        mark(skip, MARK.matcher(text));
        List<int[]> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String label : source.people().keySet()) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + "(?:[:.])?(?=[ \\t])").matcher(text);
            while (m.find()) {
                labels.add(new int[] {m.start(), m.end(), names.size()});
                names.add(label);
            }
            Matcher voice = Pattern.compile("<v " + Pattern.quote(label) + ">").matcher(text);
            while (voice.find()) {
                labels.add(new int[] {voice.start(), voice.end(), names.size()});
                names.add(label);
            }
        }
        labels.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] l : labels) {
            for (int i = l[0]; i < l[1]; i++) {
                skip[i] = true;
            }
        }
        List<SpokenWord> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        int next = 0;
        String turn = null;
        boolean started = labels.isEmpty();
        while (w.find()) {
            while (next < labels.size() && labels.get(next)[0] < w.start()) {
                turn = names.get(labels.get(next)[2]);
                started = true;
                next++;
            }
            if (started && !skip[w.start()]) {
                words.add(new SpokenWord(w.group().toLowerCase(Locale.ROOT).replace('’', '\''), w.start(), w.end(),
                        turn));
            }
        }
        return words;
    }

    private static void mark(boolean[] skip, Matcher m) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                skip[i] = true;
            }
        }
    }

    /** The cases generated from every source with a fixed seed, then the hand-made ones. */
    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(20260126L);
        for (Source source : SOURCES) {
            cases.addAll(generated(source, random, 8));
        }
        cases.addAll(handMade());
        return cases;
    }

    static List<Case> generated(Source source, Random random, int each) {
        List<SpokenWord> words = spoken(source);
        String all = joined(words, 0, words.size());
        List<Case> out = new ArrayList<>();
        boolean labelled = !source.people().isEmpty();
        int guard = 0;
        int[] made = new int[LABELS.size()];
        while (guard++ < 5000 && (made[0] < each || made[1] < each || made[2] < each
                || (labelled && made[3] < each) || made[4] < each)) {
            int kind = random.nextInt(LABELS.size());
            if (made[kind] >= each || (kind == 3 && !labelled)) {
                continue;
            }
            Case c = switch (kind) {
                case 0 -> verbatim(source, words, all, random);
                case 1 -> altered(source, words, all, random);
                case 2 -> spliced(source, words, all, random);
                case 3 -> misattributed(source, words, all, random);
                default -> notFound(source, words, random);
            };
            if (c != null) {
                out.add(c);
                made[kind]++;
            }
        }
        return out;
    }

    /** A run of words inside one turn that occurs only once in the source, or null. */
    private static int[] span(List<SpokenWord> words, String all, Random random, int min, int max) {
        for (int tries = 0; tries < 50; tries++) {
            int len = min + random.nextInt(max - min + 1);
            if (words.size() <= len) {
                return null;
            }
            int from = random.nextInt(words.size() - len);
            int to = from + len;
            if (!sameTurn(words, from, to)) {
                continue;
            }
            String run = " " + joined(words, from, to) + " ";
            if (run.contains(" you know ")) {
                continue; // a filler or not depending on the punctuation around it, which a quote may drop
            }
            int first = (" " + all + " ").indexOf(run);
            if (first >= 0 && (" " + all + " ").indexOf(run, first + 1) < 0) {
                return new int[] {from, to};
            }
        }
        return null;
    }

    private static boolean sameTurn(List<SpokenWord> words, int from, int to) {
        String turn = words.get(from).turn();
        for (int i = from; i < to; i++) {
            if (!Objects.equals(turn, words.get(i).turn())) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<SpokenWord> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(words.get(i).norm());
        }
        return sb.toString();
    }

    /** The words as written, each with the punctuation right after it, joined by single spaces. */
    private static List<String> written(Source source, List<SpokenWord> words, int from, int to) {
        List<String> out = new ArrayList<>();
        String text = source.text();
        for (int i = from; i < to; i++) {
            int end = words.get(i).end();
            while (end < text.length() && ",.;:?!”\"".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            out.add(text.substring(words.get(i).start(), end));
        }
        return out;
    }

    private static String person(Source source, String turn) {
        return turn == null ? null : source.people().get(turn);
    }

    private static Case found(Source source, List<SpokenWord> words, int[] s, String quote, String speaker,
            String label, boolean negation, String origin) {
        return new Case(origin, source.file(), quote, speaker, false, label, words.get(s[0]).start(),
                words.get(s[1] - 1).end(), negation, words.get(s[0]).turn());
    }

    private static Case verbatim(Source source, List<SpokenWord> words, String all, Random random) {
        int[] s = span(words, all, random, 6, 18);
        if (s == null) {
            return null;
        }
        List<String> w = written(source, words, s[0], s[1]);
        String quote = String.join(" ", w);
        switch (random.nextInt(7)) {
            case 0 -> quote = "“" + quote + "”";
            case 4 -> {
                // A filler the speaker said or the reporter left in does not count.
                w.add(1 + random.nextInt(w.size() - 1), random.nextBoolean() ? "uh," : "um —");
                quote = String.join(" ", w);
            }
            case 5 -> {
                w.add(1 + random.nextInt(w.size() - 1), ", you know,");
                quote = String.join(" ", w).replace(" ,", ",");
            }
            case 6 -> quote = quote.replace('’', '\'').replace("-", " ").replace("“", "\"").replace("”", "\"");
            case 1 -> quote = quote.toUpperCase(Locale.ROOT).charAt(0) + quote.substring(1).replace('’', '\'');
            case 2 -> quote = quote.replaceAll("[,.;:?!]+$", "");
            default -> {
                for (int i = 1; i < w.size() - 1; i++) {
                    if (w.get(i).matches("(?i)(he|she|they|it)")) {
                        w.set(i, "[the President]");
                        break;
                    }
                }
                quote = String.join(" ", w);
            }
        }
        String turn = words.get(s[0]).turn();
        String speaker = random.nextBoolean() ? person(source, turn) : null;
        return found(source, words, s, quote, speaker, "verbatim", false, "generated verbatim");
    }

    private static Case altered(Source source, List<SpokenWord> words, String all, Random random) {
        int[] s = span(words, all, random, 8, 18);
        if (s == null) {
            return null;
        }
        List<String> w = new ArrayList<>(written(source, words, s[0], s[1]));
        int choice = random.nextInt(8);
        boolean negation = false;
        String how;
        int at = 1 + random.nextInt(w.size() - 2);
        switch (choice) {
            case 0 -> {
                if (negationWord(w.get(at))) {
                    return null;
                }
                String swap = SWAPS.get(random.nextInt(SWAPS.size()));
                if (w.get(at).equalsIgnoreCase(swap) || Words.negation(swap.toLowerCase(Locale.ROOT))) {
                    swap = "important";
                }
                w.set(at, swap + trailing(w.get(at)));
                how = "a word replaced";
            }
            case 1 -> {
                w.add(at, INSERTS.get(random.nextInt(INSERTS.size())));
                how = "a word inserted";
            }
            case 2 -> {
                if (negationWord(w.get(at))) {
                    return null;
                }
                w.remove(at);
                how = "a word dropped";
            }
            case 5 -> {
                if (negationWord(w.get(at)) || negationWord(w.get(at + 1 < w.size() - 1 ? at + 1 : at))
                        || at + 1 >= w.size() - 1) {
                    return null;
                }
                w.remove(at);
                w.remove(at);
                how = "two words dropped";
            }
            case 6 -> {
                int edge = random.nextBoolean() ? 0 : w.size() - 1;
                if (negationWord(w.get(edge))) {
                    return null;
                }
                String swap = SWAPS.get(random.nextInt(SWAPS.size()));
                if (w.get(edge).equalsIgnoreCase(swap) || Words.negation(swap.toLowerCase(Locale.ROOT))) {
                    swap = "important";
                }
                w.set(edge, swap + trailing(w.get(edge)));
                how = "the first or last word replaced";
            }
            case 7 -> {
                String joined = String.join(" ", w);
                String changed = contracted(joined);
                if (changed.equals(joined)) {
                    return null;
                }
                w = new ArrayList<>(List.of(changed.split(" ")));
                how = "a contraction made or undone";
            }
            default -> {
                int neg = -1;
                for (int i = 0; i < w.size(); i++) {
                    if (bare(w.get(i)).equals("not") || bare(w.get(i)).equals("never") || bare(w.get(i)).equals("no")) {
                        neg = i;
                    }
                }
                if (neg > 0 && neg < w.size() - 1) {
                    w.remove(neg);
                    how = "a negation removed";
                } else {
                    int aux = -1;
                    for (int i = 0; i < w.size() - 1; i++) {
                        if (AUXILIARY.matcher(bare(w.get(i))).matches()) {
                            aux = i;
                            break;
                        }
                    }
                    if (aux < 0 || w.stream().anyMatch(QuoteSet::negationWord)) {
                        return null;
                    }
                    w.add(aux + 1, "not");
                    how = "a negation added";
                }
                negation = true;
            }
        }
        String turn = words.get(s[0]).turn();
        return found(source, words, s, String.join(" ", w), random.nextBoolean() ? person(source, turn) : null,
                "altered", negation, "generated altered: " + how);
    }

    /** "we are" ↔ "we're", "do not" ↔ "don't": other words to the letter, the same negations. */
    private static String contracted(String text) {
        String[][] pairs = {{"we are", "we’re"}, {"it is", "it’s"}, {"do not", "don’t"}, {"I am", "I’m"},
                {"they are", "they’re"}, {"that is", "that’s"}, {"can not", "can’t"}, {"will not", "won’t"}};
        for (String[] p : pairs) {
            for (int way = 0; way < 2; way++) {
                String from = p[way];
                String to = p[1 - way];
                Matcher m = Pattern.compile("(?i)(?<![\\p{L}’'])" + Pattern.quote(from) + "(?![\\p{L}’'])").matcher(text);
                if (m.find() && m.start() > 0) {
                    return text.substring(0, m.start()) + to + text.substring(m.end());
                }
            }
        }
        return text;
    }

    private static boolean negationWord(String written) {
        return Words.negation(bare(written));
    }

    private static String bare(String written) {
        return written.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’]", "").replace('’', '\'');
    }

    private static String trailing(String written) {
        return written.replaceAll("^.*?([,.;:?!]*)$", "$1");
    }

    private static Case spliced(Source source, List<SpokenWord> words, String all, Random random) {
        int[] a = span(words, all, random, 5, 10);
        int[] b = span(words, all, random, 5, 10);
        if (a == null || b == null) {
            return null;
        }
        if (b[0] < a[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (b[0] - a[1] < 4) {
            return null;
        }
        String first = String.join(" ", written(source, words, a[0], a[1]));
        String second = String.join(" ", written(source, words, b[0], b[1]));
        String quote;
        String how;
        switch (random.nextInt(5)) {
            case 4 -> {
                int[] c = span(words, all, random, 5, 8);
                if (c == null || c[0] - b[1] < 4) {
                    return null;
                }
                quote = first + " ... " + second + " … " + String.join(" ", written(source, words, c[0], c[1]));
                b = c;
                how = "three parts";
            }
            case 0 -> {
                quote = first + " … " + second;
                how = "joined by …";
            }
            case 1 -> {
                quote = second + " " + first;
                how = "in another order";
            }
            case 2 -> {
                quote = first + " " + second;
                how = "joined across a gap";
            }
            default -> {
                quote = first + " ... " + second;
                how = "joined by ...";
            }
        }
        String speaker = random.nextBoolean() ? person(source, words.get(a[0]).turn()) : null;
        if (speaker != null && !speaker.equals(person(source, words.get(b[0]).turn()))) {
            speaker = null;
        }
        return new Case("generated spliced: " + how, source.file(), quote, speaker, false, "spliced",
                words.get(a[0]).start(), words.get(b[1] - 1).end(), false, words.get(a[0]).turn());
    }

    private static Case misattributed(Source source, List<SpokenWord> words, String all, Random random) {
        int[] s = span(words, all, random, 6, 16);
        if (s == null || words.get(s[0]).turn() == null) {
            return null;
        }
        String turn = words.get(s[0]).turn();
        String said = person(source, turn);
        String claimed;
        if (said == null) {
            // A reporter's question put in the mouth of the person at the podium.
            claimed = source.people().values().stream().filter(p -> p != null).findFirst().orElseThrow();
        } else {
            List<String> others = new ArrayList<>(OTHERS);
            others.remove(said);
            claimed = others.get(random.nextInt(others.size()));
        }
        String quote = String.join(" ", written(source, words, s[0], s[1]));
        return found(source, words, s, quote, claimed, "misattributed", false,
                "generated misattributed: " + (said == null ? "a question given to the speaker" : "a line given to someone else"));
    }

    private static Case notFound(Source source, List<SpokenWord> words, Random random) {
        if (random.nextBoolean()) {
            // A line from another source altogether.
            Source other = SOURCES.get(random.nextInt(SOURCES.size()));
            if (other.file().replaceAll("\\.[a-z]+$", "").equals(source.file().replaceAll("\\.[a-z]+$", ""))) {
                return null;
            }
            List<SpokenWord> theirs = spoken(other);
            int[] s = span(theirs, joined(theirs, 0, theirs.size()), random, 8, 16);
            if (s == null) {
                return null;
            }
            String quote = String.join(" ", written(other, theirs, s[0], s[1]));
            return new Case("generated not_found: a line from " + other.file(), source.file(), quote, null, false,
                    "not_found", -1, -1, false, null);
        }
        // A line made up from the source's own words, taken from all over it and put in a new order.
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < 10 + random.nextInt(5); i++) {
            picked.add(words.get(random.nextInt(words.size())).norm());
        }
        Collections.shuffle(picked, random);
        return new Case("generated not_found: the source's words in a made-up order", source.file(),
                String.join(" ", picked), null, false, "not_found", -1, -1, false, null);
    }

    /**
     * Cases written by hand, one per line, tab-separated: source, label, claimed speaker (or -), kind (direct or
     * indirect), negation changed (yes/no), the quote, and the passage as it is in the source (- when not found;
     * for a splice, its first and last part in source order joined by " ||| ").
     */
    static List<Case> handMade() {
        List<Case> out = new ArrayList<>();
        String tsv;
        try (InputStream in = QuoteSet.class.getResourceAsStream("/quotes/set/hand-made.tsv")) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 7) {
                throw new IllegalStateException("hand-made.tsv: 7 fields expected in: " + line);
            }
            Source source = source(f[0]);
            int start = -1;
            int end = -1;
            String turn = null;
            if (!f[6].equals("-")) {
                String[] ends = f[6].split(" \\|\\|\\| ");
                start = source.text().indexOf(ends[0]);
                int last = source.text().indexOf(ends[ends.length - 1], start);
                if (start < 0 || last < 0) {
                    throw new IllegalStateException("hand-made.tsv: passage not in " + f[0] + ": " + f[6]);
                }
                end = last + ends[ends.length - 1].length();
                for (SpokenWord w : spoken(source)) {
                    if (w.start() >= start) {
                        turn = w.turn();
                        break;
                    }
                }
            }
            out.add(new Case("hand-made", f[0], f[5], f[2].equals("-") ? null : f[2], f[3].equals("indirect"),
                    f[1], start, end, f[4].equals("yes"), turn));
        }
        return out;
    }
}
