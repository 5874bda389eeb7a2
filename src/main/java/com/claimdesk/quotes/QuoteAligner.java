package com.claimdesk.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * Finds where a quote was said in a primary source and how it differs. The source's words are indexed once by
 * runs of {@link #SEED} words; a quote's own runs vote for where it sits, and only the few best places are
 * compared word by word (java-diff-utils), so a quote never slides across the whole text.
 *
 * <p>Labels, as the newsroom defines them: verbatim (same words), altered (contiguous, some words differ, at most
 * two source words dropped in a row), spliced (parts joined by an ellipsis, across a gap of more than two words,
 * or in another order), misattributed (the turn's label names someone else; wins over the rest), not_found (less
 * than {@link #FOUND} of the quote's words found in order), and paraphrase for an indirect statement that is
 * found but not in the same words.
 */
public final class QuoteAligner {

    static final int SEED = 2;

    /** Share of the quote's words that must be found in order for the passage to count as found. */
    static final double FOUND = 0.6;

    /** Runs of words this common ("of the" in a long transcript) do not say where a quote is. */
    private static final int COMMON_SEED = 2000;

    private static final int CANDIDATES = 8;

    public record Span(int start, int end) {
    }

    public record Edit(String op, String quoted, String source) {
    }

    /**
     * The result. Offsets are String indexes into the source text; {@code start}/{@code end} run from the first
     * part's start to the last part's end in source order; times are seconds, NaN when the source has none.
     */
    public record Match(boolean found, int start, int end, List<Span> parts, String label, String speakerInSource,
            List<Edit> edits, boolean negationChanged, double similarity, double timeStart, double timeEnd) {
    }

    /** A run of equal words: {@code src} in the source's words, {@code q} in the quote's tokens. */
    private record Run(int src, int q, int len) {
    }

    /** A part of the quote (tokens {@code qFrom..qTo}) placed on source words {@code srcFrom..srcTo}. */
    private record Part(int qFrom, int qTo, int srcFrom, int srcTo) {
    }

    private record Placement(List<Run> runs, int equal, boolean claimed) {
        int srcStart() {
            return runs.get(0).src();
        }

        int srcEnd() {
            Run last = runs.get(runs.size() - 1);
            return last.src() + last.len();
        }
    }

    private QuoteAligner() {
    }

    public static Match align(Transcript source, String quote, String speaker, boolean indirect) {
        List<Words.Token> tokens = Words.tokens(quote, 0, quote.length(), true);
        List<Part> parts = new ArrayList<>();
        List<int[]> unmatched = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).kind() == Words.Kind.ELLIPSIS) {
                place(source, tokens, speaker, indirect, from, i, 0, parts, unmatched);
                from = i + 1;
            }
        }
        Match match = judge(source, quote, tokens, parts, unmatched, speaker, indirect, false);
        if (!match.found() && indirect) {
            Part gist = gist(source, tokens);
            if (gist != null) {
                return judge(source, quote, tokens, new ArrayList<>(List.of(gist)), List.of(), speaker, true, true);
            }
        }
        return match;
    }

    /**
     * Where an indirect statement found in none of its runs of words may still have been said in other words: the
     * stretch of the source, at most twice the statement's length, holding the most of its content words (stems,
     * without the "X said that" of reported speech). At least half of them, and three, must be there.
     */
    private static Part gist(Transcript source, List<Words.Token> tokens) {
        List<String> stems = new ArrayList<>();
        int quoted = 0;
        for (Words.Token t : tokens) {
            if (t.kind() == Words.Kind.WORD) {
                quoted++;
                String stem = Words.stem(t.norm());
                if (stem != null && !stems.contains(stem)) {
                    stems.add(stem);
                }
            }
        }
        int needed = Math.max(3, (stems.size() + 1) / 2);
        if (stems.size() < needed) {
            return null;
        }
        long[] index = source.stems();
        List<int[]> hits = new ArrayList<>();
        for (int k = 0; k < stems.size(); k++) {
            int key = stems.get(k).hashCode();
            int lo = Transcript.firstSeed(index, key);
            int hi = lo;
            while (hi < index.length && hi - lo <= COMMON_SEED && (int) (index[hi] >> 32) == key) {
                hi++;
            }
            for (int j = lo; j < hi && hi - lo <= COMMON_SEED; j++) {
                hits.add(new int[] {(int) index[j], k});
            }
        }
        hits.sort(Comparator.comparingInt(h -> h[0]));
        int window = Math.max(12, 2 * quoted);
        int[] seen = new int[stems.size()];
        int distinct = 0;
        int best = 0;
        int bestFrom = -1;
        int bestTo = -1;
        for (int left = 0, right = 0; right < hits.size(); right++) {
            if (seen[hits.get(right)[1]]++ == 0) {
                distinct++;
            }
            while (hits.get(right)[0] - hits.get(left)[0] >= window) {
                if (--seen[hits.get(left)[1]] == 0) {
                    distinct--;
                }
                left++;
            }
            if (distinct > best) {
                best = distinct;
                bestFrom = hits.get(left)[0];
                bestTo = hits.get(right)[0] + 1;
            }
        }
        return best < needed ? null : new Part(0, tokens.size(), bestFrom, bestTo);
    }

    /** Places quote tokens {@code from..to} as one or more parts, or records them as not found. */
    private static void place(Transcript source, List<Words.Token> tokens, String speaker, boolean indirect, int from,
            int to, int depth, List<Part> parts, List<int[]> unmatched) {
        int words = wordCount(tokens, from, to);
        if (words == 0) {
            return;
        }
        Placement best = bestPlacement(source, tokens, speaker, from, to);
        // A part found beside the main one must be a real run of the source, not a few common words.
        double needed = depth == 0 ? Math.max(1, Math.ceil(words * 0.5)) : Math.max(3, Math.ceil(words * 0.8));
        if (best == null || best.equal() < needed) {
            unmatched.add(new int[] {from, to});
            return;
        }
        List<Run> runs = depth < 2 ? anchored(source, tokens, speaker, from, to, best.runs()) : best.runs();
        int groupStart = 0;
        int qStart = from;
        Run first = runs.get(0);
        if (wordCount(tokens, from, first.q()) >= 3 && depth < 2) {
            place(source, tokens, speaker, indirect, from, first.q(), depth + 1, parts, unmatched);
            qStart = first.q();
        }
        for (int k = 1; k <= runs.size(); k++) {
            if (k < runs.size() && depth < 2 && saidElsewhere(source, tokens, speaker, end(runs.get(k - 1)).q(), runs.get(k).q())) {
                // Words between two runs that the speaker said somewhere else: a part of its own.
                Run last = runs.get(k - 1);
                keep(source, tokens, indirect, qStart, last.q() + last.len(), runs, groupStart, k, parts, unmatched);
                place(source, tokens, speaker, indirect, last.q() + last.len(), runs.get(k).q(), depth + 1, parts, unmatched);
                groupStart = k;
                qStart = runs.get(k).q();
                continue;
            }
            boolean gap = k < runs.size() && (runs.get(k).src() - end(runs.get(k - 1)).src())
                    - (runs.get(k).q() - end(runs.get(k - 1)).q()) > 2;
            if (k == runs.size() || gap) {
                Run last = runs.get(k - 1);
                int qEnd = k < runs.size() ? runs.get(k).q() : to;
                if (k == runs.size() && wordCount(tokens, last.q() + last.len(), to) >= 3 && depth < 2) {
                    qEnd = last.q() + last.len();
                    keep(source, tokens, indirect, qStart, qEnd, runs, groupStart, k, parts, unmatched);
                    place(source, tokens, speaker, indirect, qEnd, to, depth + 1, parts, unmatched);
                    return;
                }
                keep(source, tokens, indirect, qStart, qEnd, runs, groupStart, k, parts, unmatched);
                groupStart = k;
                qStart = qEnd;
            }
        }
    }

    /**
     * Drops the stray words matched before the first and after the last run of three or more when the quote's
     * words there were said somewhere else: "we and the industry could is also going to be meeting" is two
     * remarks, not one with "the" in common. The dropped words are then placed on their own.
     */
    private static List<Run> anchored(Transcript source, List<Words.Token> tokens, String speaker, int from, int to,
            List<Run> runs) {
        int first = 0;
        while (first < runs.size() && runs.get(first).len() < 3) {
            first++;
        }
        if (first == runs.size()) {
            return runs;
        }
        int last = runs.size() - 1;
        while (runs.get(last).len() < 3) {
            last--;
        }
        List<Run> kept = runs;
        if (last < runs.size() - 1 && saidElsewhere(source, tokens, speaker, end(runs.get(last)).q(), to)) {
            kept = kept.subList(0, last + 1);
        }
        if (first > 0 && saidElsewhere(source, tokens, speaker, from, runs.get(first).q())) {
            kept = kept.subList(first, kept.size());
        }
        return kept;
    }

    /**
     * Runs {@code from..to} as a part of the quote; one or two words apart from the rest, with words of the quote's
     * own between ("answer to no one" against "support what she does, but no one"), are common words met by
     * chance, not a part of a splice, so they count as not found.
     */
    private static void keep(Transcript source, List<Words.Token> tokens, boolean indirect, int qFrom, int qTo,
            List<Run> runs, int from, int to, List<Part> parts, List<int[]> unmatched) {
        int equal = 0;
        for (Run r : runs.subList(from, to)) {
            equal += r.len();
        }
        // A cut joins its parts directly ("we encourage … any efforts"); words of the quote's own between a short
        // group and the rest make it a rewrite that met a common phrase.
        boolean joinedLeft = from > 0 && runs.get(from).q() == end(runs.get(from - 1)).q();
        boolean joinedRight = to < runs.size() && runs.get(to).q() == end(runs.get(to - 1)).q();
        if (equal < 3 && to - from < runs.size() && !joinedLeft && !joinedRight) {
            unmatched.add(new int[] {qFrom, qTo});
        } else {
            parts.add(part(source, tokens, indirect, qFrom, qTo, runs.get(from), runs.get(to - 1)));
        }
    }

    /**
     * A part from its first to its last equal run; quote words before the first or after the last stand in for
     * as many source words beside them (a changed first or last word is a replacement, not an insertion), within
     * the turn. An indirect statement's own words ("Biden said") stand for nothing in the source.
     */
    private static Part part(Transcript source, List<Words.Token> tokens, boolean indirect, int qFrom, int qTo,
            Run first, Run last) {
        List<Transcript.Word> words = source.words();
        int lead = indirect ? 0 : wordCount(tokens, qFrom, first.q());
        int trail = indirect ? 0 : wordCount(tokens, last.q() + last.len(), qTo);
        int srcFrom = first.src();
        int turn = words.get(srcFrom).turn();
        while (lead-- > 0 && srcFrom > 0 && words.get(srcFrom - 1).turn() == turn) {
            srcFrom--;
        }
        int srcTo = last.src() + last.len();
        while (trail-- > 0 && srcTo < words.size() && words.get(srcTo).turn() == turn) {
            srcTo++;
        }
        return new Part(qFrom, qTo, srcFrom, srcTo);
    }


    private static boolean saidElsewhere(Transcript source, List<Words.Token> tokens, String speaker, int from,
            int to) {
        int words = wordCount(tokens, from, to);
        if (words < 3) {
            return false;
        }
        Placement elsewhere = bestPlacement(source, tokens, speaker, from, to);
        return elsewhere != null && elsewhere.equal() >= Math.max(3, Math.ceil(words * 0.8));
    }

    private static Run end(Run r) {
        return new Run(r.src() + r.len(), r.q() + r.len(), 0);
    }

    /**
     * The place where most of the quote's words are found in order; between equals, one in a turn of the claimed
     * speaker (a reporter's question often repeats the answer's words), then the shortest.
     */
    private static Placement bestPlacement(Transcript source, List<Words.Token> tokens, String speaker, int from,
            int to) {
        List<Transcript.Word> words = source.words();
        List<String> quoted = norms(tokens, from, to);
        int m = quoted.size();
        Map<Integer, Integer> votes = new HashMap<>();
        long[] seeds = source.seeds();
        for (int i = 0; i + SEED <= m; i++) {
            int key = Transcript.seedKey(quoted::get, i);
            int lo = Transcript.firstSeed(seeds, key);
            int hi = lo;
            while (hi < seeds.length && hi - lo <= COMMON_SEED && (int) (seeds[hi] >> 32) == key) {
                hi++;
            }
            if (hi - lo <= COMMON_SEED) {
                for (int j = lo; j < hi; j++) {
                    votes.merge((int) seeds[j] - i, 1, Integer::sum);
                }
            }
        }
        if (votes.isEmpty() && m < SEED) {
            // A one-word quote has no run to look up: the only case that reads the words in turn.
            for (int p = 0; p < words.size() && votes.size() < CANDIDATES; p++) {
                if (words.get(p).norm().equals(quoted.get(0))) {
                    votes.put(p, 1);
                }
            }
        }
        Placement best = null;
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(votes.entrySet());
        ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<Integer, Integer> candidate : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
            int d = candidate.getKey();
            int lo = Math.max(0, d - m / 2 - 3);
            int hi = Math.min(words.size(), d + m + m / 2 + 3);
            List<String> window = sourceNorms(words, lo, hi);
            List<Run> runs = trimmed(runs(window, quoted, lo, from));
            if (runs.isEmpty()) {
                continue;
            }
            // Once the stray words are gone, align again on the passage itself, with just room for the words
            // the quote has before and after it, so that its first and last words land next to it.
            Run first = runs.get(0);
            Run last = runs.get(runs.size() - 1);
            int tightLo = Math.max(0, first.src() - (first.q() - from));
            int tightHi = Math.min(words.size(), last.src() + last.len() + (to - last.q() - last.len()));
            runs = trimmed(runs(sourceNorms(words, tightLo, tightHi), quoted, tightLo, from));
            if (runs.isEmpty()) {
                continue;
            }
            int equal = runs.stream().mapToInt(Run::len).sum();
            Placement placement = new Placement(runs, equal, claimedSpeaker(source, speaker, runs.get(0).src()));
            if (best == null || equal > best.equal() || (equal == best.equal() && (placement.claimed() && !best.claimed()
                    || placement.claimed() == best.claimed()
                            && placement.srcEnd() - placement.srcStart() < best.srcEnd() - best.srcStart()))) {
                best = placement;
            }
        }
        return best;
    }

    private static boolean claimedSpeaker(Transcript source, String speaker, int word) {
        int turn = source.words().get(word).turn();
        return speaker != null && turn >= 0 && SpeakerMatch.compare(source.turns().get(turn).speaker(), speaker,
                source.roleHolders()) == SpeakerMatch.Verdict.SAME;
    }

    /** Equal runs of a word diff, offset to source word and quote token positions. */
    private static List<Run> runs(List<String> source, List<String> quoted, int srcOffset, int qOffset) {
        List<Run> runs = new ArrayList<>();
        int s = 0;
        int q = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, quoted).getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > s) {
                runs.add(new Run(srcOffset + s, qOffset + q, at - s));
            }
            s = at + delta.getSource().size();
            q = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        if (s < source.size() && q < quoted.size()) {
            runs.add(new Run(srcOffset + s, qOffset + q, Math.min(source.size() - s, quoted.size() - q)));
        }
        return slid(runs, source, srcOffset);
    }

    /**
     * Moves a run next to its neighbour when the same words stand there too: in "the reason they're coming. The
     * reason they're coming is", the diff may take the first "reason they're coming", which would split a quote
     * of the second into two parts.
     */
    private static List<Run> slid(List<Run> runs, List<String> window, int srcOffset) {
        List<Run> out = new ArrayList<>(runs);
        for (int k = out.size() - 1; k > 0; k--) {
            Run left = out.get(k - 1);
            int shift = slack(left, out.get(k));
            if (shift > 0 && same(window, left.src() - srcOffset, left.src() - srcOffset + shift, left.len())) {
                out.set(k - 1, new Run(left.src() + shift, left.q(), left.len()));
            }
        }
        for (int k = 1; k < out.size(); k++) {
            Run right = out.get(k);
            int shift = slack(out.get(k - 1), right);
            if (shift > 0 && same(window, right.src() - srcOffset, right.src() - srcOffset - shift, right.len())) {
                out.set(k, new Run(right.src() - shift, right.q(), right.len()));
            }
        }
        return out;
    }

    /** Source words between two runs beyond the quote words between them. */
    private static int slack(Run left, Run right) {
        return (right.src() - left.src() - left.len()) - (right.q() - left.q() - left.len());
    }

    private static boolean same(List<String> window, int a, int b, int len) {
        if (b < 0 || b + len > window.size()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (!window.get(a + i).equals(window.get(b + i))) {
                return false;
            }
        }
        return true;
    }

    /** Drops a lone word matched at the window's edge, far from the rest ("the" ten words early). */
    private static List<Run> trimmed(List<Run> runs) {
        List<Run> kept = new ArrayList<>(runs);
        while (kept.size() > 1 && kept.get(0).len() < 2 && kept.get(1).src() - end(kept.get(0)).src() > 2) {
            kept.remove(0);
        }
        while (kept.size() > 1 && kept.get(kept.size() - 1).len() < 2
                && kept.get(kept.size() - 1).src() - end(kept.get(kept.size() - 2)).src() > 2) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /** The label and the rest for the parts placed; {@code gist} when the parts are an indirect statement's gist. */
    private static Match judge(Transcript source, String quote, List<Words.Token> tokens, List<Part> parts,
            List<int[]> unmatched, String speaker, boolean indirect, boolean gist) {
        List<Transcript.Word> words = source.words();
        List<Edit> edits = new ArrayList<>();
        int quotedWords = wordCount(tokens, 0, tokens.size());
        int equal = 0;
        int sourceWords = 0;
        int sourceNegations = 0;
        parts.sort(Comparator.comparingInt(Part::qFrom));
        for (Part part : parts) {
            List<String> src = new ArrayList<>();
            for (int p = part.srcFrom(); p < part.srcTo(); p++) {
                src.add(words.get(p).norm());
                sourceNegations += Words.negation(words.get(p).norm()) ? 1 : 0;
            }
            sourceWords += src.size();
            List<String> quoted = norms(tokens, part.qFrom(), part.qTo());
            List<Words.Token> partTokens = tokens.subList(part.qFrom(), part.qTo()).stream()
                    .filter(t -> t.kind() != Words.Kind.ELLIPSIS).toList();
            int changed = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(src, quoted).getDeltas()) {
                List<Words.Token> q = partTokens.subList(delta.getTarget().getPosition(),
                        delta.getTarget().getPosition() + delta.getTarget().size());
                changed += (int) q.stream().filter(t -> t.kind() == Words.Kind.WORD).count();
                if (!q.isEmpty() && q.stream().allMatch(t -> t.kind() == Words.Kind.INSERTION)) {
                    continue; // an editor's [insertion] standing for the speaker's words
                }
                String quotedText = q.isEmpty() ? "" : quote.substring(q.get(0).start(), q.get(q.size() - 1).end());
                int s0 = part.srcFrom() + delta.getSource().getPosition();
                int s1 = s0 + delta.getSource().size();
                String sourceText = s1 == s0 ? "" : source.text().substring(words.get(s0).start(), words.get(s1 - 1).end());
                String op = delta.getType() == DeltaType.INSERT ? "insert"
                        : delta.getType() == DeltaType.DELETE ? "delete" : "replace";
                edits.add(new Edit(op, quotedText, sourceText));
            }
            equal += wordCount(tokens, part.qFrom(), part.qTo()) - changed;
        }
        for (int[] missing : unmatched) {
            List<Words.Token> q = tokens.subList(missing[0], missing[1]);
            edits.add(new Edit("insert", quote.substring(q.get(0).start(), q.get(q.size() - 1).end()), ""));
        }
        double similarity = quotedWords + sourceWords == 0 ? 0 : 2.0 * equal / (quotedWords + sourceWords);
        int quotedNegations = (int) tokens.stream()
                .filter(t -> t.kind() == Words.Kind.WORD && Words.negation(t.norm())).count();
        if (parts.isEmpty() || (!gist && equal < FOUND * quotedWords)) {
            return new Match(false, -1, -1, List.of(), "not_found", null, List.of(), false, round(similarity),
                    Double.NaN, Double.NaN);
        }
        List<Part> inSource = new ArrayList<>(parts);
        inSource.sort(Comparator.comparingInt(Part::srcFrom));
        List<Span> spans = inSource.stream()
                .map(p -> new Span(words.get(p.srcFrom()).start(), words.get(p.srcTo() - 1).end())).toList();
        // An indirect statement is not held to the speaker's words: found in other words, it is a paraphrase.
        boolean exact = parts.size() == 1 && edits.isEmpty();
        String label = exact ? "verbatim" : indirect ? "paraphrase" : parts.size() > 1 ? "spliced" : "altered";
        int turn = words.get(inSource.get(0).srcFrom()).turn();
        String speakerInSource = turn < 0 ? null : source.turns().get(turn).speaker();
        if (speaker != null && !speaker.isBlank() && source.labelled()) {
            for (Part p : inSource) {
                int t = words.get(p.srcFrom()).turn();
                if (t >= 0 && SpeakerMatch.inTranscript(source.turns().get(t).speaker(), speaker, source) == SpeakerMatch.Verdict.OTHER) {
                    label = "misattributed";
                }
            }
        }
        double timeStart = words.get(inSource.get(0).srcFrom()).cueStart();
        double timeEnd = inSource.stream().mapToDouble(p -> words.get(p.srcTo() - 1).cueEnd()).max().orElse(Double.NaN);
        return new Match(true, spans.get(0).start(), spans.stream().mapToInt(Span::end).max().orElseThrow(), spans,
                label, speakerInSource, edits, quotedNegations != sourceNegations, round(similarity), timeStart,
                timeEnd);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static List<String> norms(List<Words.Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (Words.Token t : tokens.subList(from, to)) {
            if (t.kind() != Words.Kind.ELLIPSIS) {
                out.add(t.norm());
            }
        }
        return out;
    }

    private static List<String> sourceNorms(List<Transcript.Word> words, int lo, int hi) {
        List<String> out = new ArrayList<>(hi - lo);
        for (int p = lo; p < hi; p++) {
            out.add(words.get(p).norm());
        }
        return out;
    }

    private static int wordCount(List<Words.Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += tokens.get(i).kind() == Words.Kind.WORD ? 1 : 0;
        }
        return n;
    }
}
