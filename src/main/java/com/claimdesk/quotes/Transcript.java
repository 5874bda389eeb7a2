package com.claimdesk.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A primary source read as spoken words: its turns (who speaks, where) and every spoken word with its place in
 * the text and, for captions, its cue's times. Stage directions and editorial marks ({@code (Laughter.)},
 * {@code [inaudible]}, {@code <Applause.>}) and standalone fillers are not spoken words. Offsets are String
 * indexes (UTF-16 units) into the text as given.
 */
public final class Transcript {

    /** A turn: the speaker's label as written (without its colon) and the character range it covers. */
    public record Turn(String speaker, int start, int end) {
    }

    /**
     * One spoken word: {@code norm} is what is compared, {@code start}/{@code end} its place in the text,
     * {@code turn} the index of its turn or -1 before the first label, cue times in seconds or NaN.
     */
    public record Word(String norm, int start, int end, int turn, double cueStart, double cueEnd) {
    }

    /**
     * Plain-text labels: an upper-case label with a colon, "Q" or "A" alone ("A" set off by a stop or a wide space, since "A key element" starts many a paragraph), or the Congressional Record's style
     * ("Mr. BROWN of Ohio.", "Ms. CORTEZ MASTO.", "Chairman DURBIN.", "The PRESIDING OFFICER.").
     */
    private static final Pattern LABEL = Pattern.compile(
            "^[ \\t\\u00A0]*(?:\\d{1,2}[ \\t\\u00A0]+)?(?:(?<caps>[A-Z][A-Z.'’\\- \\u00A0]*[A-Z.])[ \\t\\u00A0]*:"
                    + "|(?<qa>Q|A(?=[.:]|[ \\t\\u00A0]{2}|\\t))(?:[.:])?(?=[ \\t\\u00A0]|$)"
                    + "|(?<record>(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.|Chairman|Chairwoman|Senator|Judge|Secretary|General"
                    + "|Admiral|Ambassador) [A-Z][A-Z'’\\-]+(?: [A-Z][A-Z'’\\-]+)*"
                    + "(?: of [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?"
                    + "|The (?:PRESIDING OFFICER|ACTING PRESIDENT pro tempore|PRESIDENT pro tempore"
                    + "|SPEAKER pro tempore|SPEAKER|CHAIR|CHAIRMAN|CHAIRWOMAN|CLERK))\\.(?=[ \\t\\u00A0]))",
            Pattern.MULTILINE);

    /** A court reporter's page furniture: running heads and the reporter's name at the foot of each page. */
    private static final Pattern PAGE_FURNITURE = Pattern.compile(
            "(?im)^[ \\t]*(?:Official - Subject to Final Review|Alderson Reporting Company|Heritage Reporting Corporation"
                    + "|Official)[ \\t]*$");

    /** Line numbers down the margin, as court and hearing transcripts print them (and PDFs keep them). */
    private static final Pattern LINE_NUMBER = Pattern.compile("(?m)^[ \\t]*\\d{1,2}(?=[ \\t]|$)");

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?m)^[ \\t]*\\d{1,4}[ \\t]*$");

    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");

    /** A caption cue may open with its speaker: "MS. PSAKI:", ">> PSAKI:", "- Q". */
    private static final Pattern CUE_LABEL = Pattern.compile("^[ \\t]*(?:>>|-)?[ \\t]*(?<name>[QA]|[A-Z][A-Z.'’\\- ]*[A-Z.]):[ \\t]*");

    /** Who held a role that day, as the heading names them: "Remarks by President Biden", "Vice President Harris". */
    private static final Pattern ROLE_HOLDER = Pattern.compile(
            "\\b(Vice President|(?<!Vice )President)(?: of the United States)?"
                    + "((?: (?:[A-Z][a-z’'\\-]+|[A-Z]\\.))+)");

    private static final Pattern CUE_TIME = Pattern.compile(
            "(?:(\\d+):)?(\\d{1,2}):(\\d{2})[.,](\\d{3})[ \\t]+-->[ \\t]+(?:(\\d+):)?(\\d{1,2}):(\\d{2})[.,](\\d{3})[^\\n]*");

    /** A WebVTT voice span names the speaker of a cue. */
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ >]*)?[ \\t]+([^>]+)>");

    private final String text;
    private final List<Turn> turns;
    private final List<Word> words;
    private final boolean captions;
    private final Map<String, String> roleHolders;
    private long[] seeds;
    private long[] stems;

    private Transcript(String text, List<Turn> turns, List<Word> words, boolean captions) {
        this.text = text;
        this.turns = List.copyOf(turns);
        this.words = List.copyOf(words);
        this.captions = captions;
        this.roleHolders = roleHolders(text, turns.isEmpty() ? Math.min(text.length(), 2000) : turns.get(0).start());
    }

    public static Transcript read(String text) {
        String head = text.stripLeading();
        if (head.startsWith("WEBVTT") || head.matches("(?s)\\d+[ \\t]*\\r?\\n[ \\t]*(?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{3}[ \\t]+-->.*")) {
            return readCaptions(text);
        }
        return readPlain(text);
    }

    public String text() {
        return text;
    }

    public List<Turn> turns() {
        return turns;
    }

    public List<Word> words() {
        return words;
    }

    public boolean captions() {
        return captions;
    }

    /**
     * The surname of who held a role ("president", "vice president") as the source's heading names them, so that
     * "THE PRESIDENT" can be told apart from another president; empty when the heading does not say.
     */
    public Map<String, String> roleHolders() {
        return roleHolders;
    }

    private static Map<String, String> roleHolders(String text, int headingEnd) {
        Map<String, String> holders = new HashMap<>();
        Matcher m = ROLE_HOLDER.matcher(text).region(0, headingEnd);
        while (m.find()) {
            String[] names = m.group(2).strip().split(" ");
            String surname = names[names.length - 1];
            if (!surname.endsWith(".")) {
                holders.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT),
                        Words.norm(surname));
            }
        }
        return Map.copyOf(holders);
    }

    /** Whether any speaker labels were found: only then can a claimed speaker be checked. */
    public boolean labelled() {
        return !turns.isEmpty();
    }

    private static Transcript readPlain(String text) {
        List<Turn> turns = new ArrayList<>();
        List<int[]> bodies = new ArrayList<>();
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            String name = label.group("caps") != null ? label.group("caps").strip()
                    : label.group("qa") != null ? label.group("qa") : label.group("record");
            if (!turns.isEmpty()) {
                Turn last = turns.remove(turns.size() - 1);
                turns.add(new Turn(last.speaker(), last.start(), label.start()));
            }
            turns.add(new Turn(name, label.start(), text.length()));
            bodies.add(new int[] {label.end()});
        }
        List<Word> words = new ArrayList<>();
        List<int[]> furniture = furniture(text);
        int firstLabel = turns.isEmpty() ? text.length() : turns.get(0).start();
        Map<String, String> vocabulary = new HashMap<>();
        split(text, 0, firstLabel, -1, furniture, vocabulary, words);
        for (int i = 0; i < turns.size(); i++) {
            split(text, bodies.get(i)[0], turns.get(i).end(), i, furniture, vocabulary, words);
        }
        return new Transcript(text, turns, words, false);
    }

    /**
     * Stretches of the text that are not anybody's words though not in brackets: page heads and the reporter's
     * name, and, when most lines start with one, margin line numbers and page numbers.
     */
    private static List<int[]> furniture(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher page = PAGE_FURNITURE.matcher(text);
        while (page.find()) {
            out.add(new int[] {page.start(), page.end()});
        }
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        List<int[]> numbers = new ArrayList<>();
        Matcher number = LINE_NUMBER.matcher(text);
        while (number.find()) {
            numbers.add(new int[] {number.start(), number.end()});
        }
        if (numbers.size() >= 10 && numbers.size() * 2 > lines) {
            out.addAll(numbers);
            Matcher pageNumber = PAGE_NUMBER.matcher(text);
            while (pageNumber.find()) {
                out.add(new int[] {pageNumber.start(), pageNumber.end()});
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** The words of {@code from..to} outside the furniture. */
    private static void split(String text, int from, int to, int turn, List<int[]> furniture,
            Map<String, String> vocabulary, List<Word> words) {
        int at = from;
        for (int[] f : furniture) {
            if (f[1] <= at || f[0] >= to) {
                continue;
            }
            Words.split(text, at, Math.max(at, f[0]), turn, Double.NaN, Double.NaN, vocabulary, words);
            at = Math.max(at, f[1]);
        }
        if (at < to) {
            Words.split(text, at, to, turn, Double.NaN, Double.NaN, vocabulary, words);
        }
    }

    private static Transcript readCaptions(String text) {
        List<Turn> turns = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        Matcher time = CUE_TIME.matcher(text);
        List<int[]> cues = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        while (time.find()) {
            cues.add(new int[] {time.start(), time.end()});
            times.add(new double[] {seconds(time, 1), seconds(time, 5)});
        }
        int previousEnd = -1;
        Map<String, String> vocabulary = new HashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            int bodyStart = cues.get(i)[1];
            int bodyEnd = i + 1 < cues.size() ? cues.get(i + 1)[0] : text.length();
            Matcher blank = BLANK_LINE.matcher(text).region(bodyStart, bodyEnd);
            if (blank.find()) {
                bodyEnd = blank.start();
            }
            String speaker = null;
            Matcher voice = VOICE.matcher(text).region(bodyStart, bodyEnd);
            int firstLine = text.indexOf('\n', bodyStart);
            firstLine = firstLine < 0 || firstLine >= bodyEnd ? bodyEnd : firstLine + 1;
            Matcher label = CUE_LABEL.matcher(text).region(firstLine, bodyEnd);
            if (voice.find()) {
                speaker = voice.group(1).strip();
            } else if (label.lookingAt()) {
                speaker = label.group("name").strip();
                bodyStart = label.end();
            } else if (!turns.isEmpty() && turns.get(turns.size() - 1).end() == previousEnd) {
                speaker = turns.get(turns.size() - 1).speaker(); // a labelled speaker goes on until the next label
            }
            int turn = -1;
            if (speaker != null) {
                if (turns.isEmpty() || !turns.get(turns.size() - 1).speaker().equals(speaker)
                        || turns.get(turns.size() - 1).end() != previousEnd) {
                    turns.add(new Turn(speaker, cues.get(i)[0], bodyEnd));
                } else {
                    Turn last = turns.remove(turns.size() - 1);
                    turns.add(new Turn(speaker, last.start(), bodyEnd));
                }
                turn = turns.size() - 1;
            }
            previousEnd = bodyEnd;
            Words.split(text, bodyStart, bodyEnd, turn, times.get(i)[0], times.get(i)[1], vocabulary, words);
        }
        return new Transcript(text, turns, words, true);
    }

    private static double seconds(Matcher m, int group) {
        double hours = m.group(group) == null ? 0 : Double.parseDouble(m.group(group));
        return hours * 3600 + Integer.parseInt(m.group(group + 1)) * 60 + Integer.parseInt(m.group(group + 2))
                + Integer.parseInt(m.group(group + 3)) / 1000.0;
    }

    /**
     * Every run of {@link QuoteAligner#SEED} words, as its key in the high half of a long and its first word's
     * position in the low half, sorted: the runs of one key stand together, found by {@link #firstSeed}. Built
     * once and kept for later quotes; a few bytes a word, not a map of boxed lists.
     */
    synchronized long[] seeds() {
        if (seeds == null) {
            int n = Math.max(0, words.size() - QuoteAligner.SEED + 1);
            long[] built = new long[n];
            for (int i = 0; i < n; i++) {
                built[i] = ((long) seedKey(p -> words.get(p).norm(), i) << 32) | i;
            }
            Arrays.sort(built);
            seeds = built;
        }
        return seeds;
    }

    /**
     * Every content word's stem ({@link Words#stem}) as its hash in the high half of a long and its position in
     * the low half, sorted like {@link #seeds()}; built the first time an indirect statement needs it.
     */
    synchronized long[] stems() {
        if (stems == null) {
            long[] built = new long[words.size()];
            int n = 0;
            for (int i = 0; i < words.size(); i++) {
                String stem = Words.stem(words.get(i).norm());
                if (stem != null) {
                    built[n++] = ((long) stem.hashCode() << 32) | i;
                }
            }
            stems = Arrays.copyOf(built, n);
            Arrays.sort(stems);
        }
        return stems;
    }

    /** Where the runs with this key start in {@link #seeds()} (or where they would be). */
    static int firstSeed(long[] seeds, int key) {
        long target = (long) key << 32;
        int lo = 0;
        int hi = seeds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seeds[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The key of the run of words starting at {@code at}, the same for a source's words and a quote's. */
    static int seedKey(IntFunction<String> norm, int at) {
        int key = 17;
        for (int i = at; i < at + QuoteAligner.SEED; i++) {
            key = key * 1_000_003 + norm.apply(i).hashCode();
        }
        return key;
    }
}
