package com.claimdesk.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The quote engine on the labelled set ({@link QuoteSet}): label accuracy overall and per label, location,
 * negation recall and speaker, against the floors, with a naive baseline (the longest matching block of
 * words over the whole text, as Python's difflib finds it) reported beside it for reference.
 * With -Dquotes.details=true every wrong case is printed.
 */
class QuoteLabelledSetTest {

    private static final Logger LOG = Logger.getLogger(QuoteLabelledSetTest.class);

    static final double LABEL_FLOOR = 0.92;
    static final double PER_LABEL_FLOOR = 0.85;
    static final double LOCATION_FLOOR = 0.95;
    static final double NEGATION_FLOOR = 0.95;

    /** What an engine says about a case. */
    record Answer(String label, int start, int end, boolean negation, String speaker) {
    }

    /** Tallies of one engine over the set. */
    static final class Score {
        final Map<String, int[]> perLabel = new LinkedHashMap<>();
        int right;
        int total;
        int located;
        int locatable;
        int negationsSeen;
        int negations;
        int speakersRight;
        int speakers;
        final List<String> wrong = new ArrayList<>();

        Score() {
            QuoteSet.LABELS.forEach(l -> perLabel.put(l, new int[2]));
            perLabel.put("paraphrase", new int[2]);
        }

        double accuracy() {
            return ratio(right, total);
        }

        double accuracy(String label) {
            int[] t = perLabel.get(label);
            return ratio(t[0], t[1]);
        }

        double location() {
            return ratio(located, locatable);
        }

        double negationRecall() {
            return ratio(negationsSeen, negations);
        }

        double speaker() {
            return ratio(speakersRight, speakers);
        }

        static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        String table(String name) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: label accuracy %.3f (%d/%d)", name,
                    accuracy(), right, total));
            perLabel.forEach((label, t) -> sb.append(String.format(Locale.ROOT, ", %s %.3f (%d/%d)", label,
                    ratio(t[0], t[1]), t[0], t[1])));
            sb.append(String.format(Locale.ROOT, "; location %.3f (%d/%d); negation recall %.3f (%d/%d); speaker %.3f (%d/%d)",
                    location(), located, locatable, negationRecall(), negationsSeen, negations, speaker(),
                    speakersRight, speakers));
            return sb.toString();
        }
    }

    @Test
    void theEngineMeetsTheFloorsAndBeatsTheBaseline() {
        List<QuoteSet.Case> cases = QuoteSet.cases();
        Map<String, Transcript> transcripts = new HashMap<>();
        QuoteSet.SOURCES.forEach(s -> transcripts.put(s.file(), Transcript.read(s.text())));
        Score engine = new Score();
        Score baseline = new Score();
        for (QuoteSet.Case c : cases) {
            Transcript t = transcripts.get(c.source());
            QuoteAligner.Match m = QuoteAligner.align(t, c.quote(), c.speaker(), c.indirect());
            tally(engine, c, new Answer(m.label(), m.start(), m.end(), m.negationChanged(), m.speakerInSource()));
            tally(baseline, c, Baseline.check(t, c.quote(), c.speaker()));
        }
        long handMade = cases.stream().filter(c -> c.origin().equals("hand-made")).count();
        LOG.infof("Quote labelled set: %d cases (%d generated, %d hand-made) from %d sources", cases.size(),
                cases.size() - handMade, handMade, QuoteSet.SOURCES.size());
        LOG.info(engine.table("ClaimDesk"));
        LOG.info(baseline.table("Baseline (longest matching block)"));
        if (Boolean.getBoolean("quotes.details")) {
            engine.wrong.forEach(LOG::info);
        }
        assertTrue(cases.size() >= 250, "at least 250 cases, not " + cases.size());
        assertTrue(engine.accuracy() >= LABEL_FLOOR, "label accuracy " + engine.accuracy() + " below " + LABEL_FLOOR);
        for (String label : QuoteSet.LABELS) {
            assertTrue(engine.perLabel.get(label)[1] > 0, "no case labelled " + label);
            assertTrue(engine.accuracy(label) >= PER_LABEL_FLOOR,
                    label + " accuracy " + engine.accuracy(label) + " below " + PER_LABEL_FLOOR);
        }
        assertTrue(engine.location() >= LOCATION_FLOOR, "location " + engine.location() + " below " + LOCATION_FLOOR);
        assertTrue(engine.negationRecall() >= NEGATION_FLOOR,
                "negation recall " + engine.negationRecall() + " below " + NEGATION_FLOOR);
        assertTrue(engine.accuracy() > baseline.accuracy(), "the engine should beat the naive baseline");
    }

    static void tally(Score score, QuoteSet.Case c, Answer a) {
        score.total++;
        int[] perLabel = score.perLabel.get(c.label());
        perLabel[1]++;
        boolean right = c.label().equals(a.label());
        if (right) {
            score.right++;
            perLabel[0]++;
        }
        boolean shouldBeFound = !c.label().equals("not_found");
        boolean located = true;
        if (shouldBeFound && a.start() >= 0) {
            score.locatable++;
            located = overlap(c.start(), c.end(), a.start(), a.end()) >= 0.8;
            score.located += located ? 1 : 0;
            if (c.turn() != null) {
                score.speakers++;
                score.speakersRight += c.turn().equals(a.speaker()) ? 1 : 0;
            }
        }
        if (c.negation()) {
            score.negations++;
            score.negationsSeen += a.negation() ? 1 : 0;
        }
        if (!right || !located || (c.negation() && !a.negation())) {
            score.wrong.add(String.format(Locale.ROOT, "  %s [%s] expected %s %d-%d, got %s %d-%d neg=%s: %s | %s",
                    c.source(), c.origin(), c.label(), c.start(), c.end(), a.label(), a.start(), a.end(), a.negation(),
                    c.speaker(), c.quote()));
        }
    }

    /** Characters in both ranges over characters in either. */
    static double overlap(int s1, int e1, int s2, int e2) {
        int both = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        int either = Math.max(e1, e2) - Math.min(s1, s2);
        return either <= 0 ? 0 : (double) both / either;
    }

    /**
     * The naive reference: the quote's words and the whole source's words compared as Python's difflib does, by
     * the longest matching block, then the ratio of matching words in the window that block points at (difflib's
     * ratio, its matching blocks found recursively). Verbatim at ratio 1, altered at 0.6 or more, else not found;
     * misattributed when the window's turn names someone else. It has no notion of a splice.
     */
    static final class Baseline {

        private Baseline() {
        }

        static Answer check(Transcript t, String quote, String speaker) {
            List<String> q = Words.tokens(quote, 0, quote.length(), true).stream()
                    .filter(k -> k.kind() == Words.Kind.WORD).map(Words.Token::norm).toList();
            List<Transcript.Word> words = t.words();
            List<String> src = words.stream().map(Transcript.Word::norm).toList();
            int[] block = longest(src, 0, src.size(), q, 0, q.size());
            if (q.isEmpty() || block[2] == 0) {
                return new Answer("not_found", -1, -1, false, null);
            }
            int lo = Math.max(0, block[0] - block[1]);
            int hi = Math.min(src.size(), lo + q.size());
            List<String> window = src.subList(lo, hi);
            int matched = matching(window, 0, window.size(), q, 0, q.size());
            double ratio = 2.0 * matched / (window.size() + q.size());
            if (ratio < 0.6) {
                return new Answer("not_found", -1, -1, false, null);
            }
            int turn = words.get(lo).turn();
            String label = turn >= 0 ? t.turns().get(turn).speaker() : null;
            String verdict = ratio == 1.0 ? "verbatim" : "altered";
            if (speaker != null && label != null
                    && SpeakerMatch.inTranscript(label, speaker, t) == SpeakerMatch.Verdict.OTHER) {
                verdict = "misattributed";
            }
            long negQ = q.stream().filter(Words::negation).count();
            long negS = window.stream().filter(Words::negation).count();
            return new Answer(verdict, words.get(lo).start(), words.get(hi - 1).end(), negQ != negS, label);
        }

        /** difflib's find_longest_match: {start in a, start in b, length}. */
        static int[] longest(List<String> a, int alo, int ahi, List<String> b, int blo, int bhi) {
            Map<String, List<Integer>> where = new HashMap<>();
            for (int j = blo; j < bhi; j++) {
                where.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j);
            }
            int bestI = alo;
            int bestJ = blo;
            int best = 0;
            Map<Integer, Integer> lengths = new HashMap<>();
            for (int i = alo; i < ahi; i++) {
                Map<Integer, Integer> next = new HashMap<>();
                for (int j : where.getOrDefault(a.get(i), List.of())) {
                    int k = lengths.getOrDefault(j - 1, 0) + 1;
                    next.put(j, k);
                    if (k > best) {
                        bestI = i - k + 1;
                        bestJ = j - k + 1;
                        best = k;
                    }
                }
                lengths = next;
            }
            return new int[] {bestI, bestJ, best};
        }

        /** Words in difflib's matching blocks: the longest block, then the same on each side of it. */
        static int matching(List<String> a, int alo, int ahi, List<String> b, int blo, int bhi) {
            if (alo >= ahi || blo >= bhi) {
                return 0;
            }
            int[] m = longest(a, alo, ahi, b, blo, bhi);
            if (m[2] == 0) {
                return 0;
            }
            return m[2] + matching(a, alo, m[0], b, blo, m[1]) + matching(a, m[0] + m[2], ahi, b, m[1] + m[2], bhi);
        }
    }
}
