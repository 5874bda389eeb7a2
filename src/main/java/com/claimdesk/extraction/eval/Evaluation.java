package com.claimdesk.extraction.eval;

import com.claimdesk.extraction.KnownSpeakers;

import com.claimdesk.extraction.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores predicted statements against gold ones.
 *
 * <p>A prediction matches a gold statement when their character ranges overlap by at least half of
 * each range; each gold statement and each prediction takes part in at most one match, the largest
 * overlaps pairing first. Optional gold statements count neither as found nor as false:
 * precision = matched / (predictions − those matching optional items), recall = matched / required
 * gold, speaker accuracy = matched with a right speaker / matched. A predicted speaker is right when,
 * ignoring case and punctuation, it contains or is contained in one of the listed names.
 */
public final class Evaluation {

    /** Counts for one article (or summed over many). */
    public record Score(int predictions, int predictionsOnOptional, int requiredGold, int matched,
                        int rightSpeaker, List<GoldStatement> missed, List<Statement> falsePositives,
                        List<String> wrongSpeakers) {

        public double precision() {
            int counted = predictions - predictionsOnOptional;
            return counted == 0 ? 1.0 : (double) matched / counted;
        }

        public double recall() {
            return requiredGold == 0 ? 1.0 : (double) matched / requiredGold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double speakerAccuracy() {
            return matched == 0 ? 1.0 : (double) rightSpeaker / matched;
        }

        /** The sum of two scores: micro-averaging over articles. */
        public Score plus(Score o) {
            List<GoldStatement> m = new ArrayList<>(missed);
            m.addAll(o.missed);
            List<Statement> f = new ArrayList<>(falsePositives);
            f.addAll(o.falsePositives);
            List<String> w = new ArrayList<>(wrongSpeakers);
            w.addAll(o.wrongSpeakers);
            return new Score(predictions + o.predictions, predictionsOnOptional + o.predictionsOnOptional,
                    requiredGold + o.requiredGold, matched + o.matched, rightSpeaker + o.rightSpeaker, m, f, w);
        }

        public static final Score EMPTY = new Score(0, 0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    private Evaluation() {
    }

    /** Whether two ranges overlap by at least half of each. */
    public static boolean matches(int aStart, int aEnd, int bStart, int bEnd) {
        int overlap = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
        return overlap > 0 && overlap * 2 >= aEnd - aStart && overlap * 2 >= bEnd - bStart;
    }

    public static Score score(List<Statement> predicted, List<GoldStatement> gold) {
        record Pair(int p, int g, int overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            Statement s = predicted.get(p);
            for (int g = 0; g < gold.size(); g++) {
                GoldStatement gs = gold.get(g);
                if (gs.start() >= 0 && matches(s.start(), s.end(), gs.start(), gs.end())) {
                    pairs.add(new Pair(p, g, Math.min(s.end(), gs.end()) - Math.max(s.start(), gs.start())));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
        int[] goldOf = new int[predicted.size()];
        java.util.Arrays.fill(goldOf, -1);
        boolean[] goldTaken = new boolean[gold.size()];
        for (Pair pair : pairs) {
            if (goldOf[pair.p] < 0 && !goldTaken[pair.g]) {
                goldOf[pair.p] = pair.g;
                goldTaken[pair.g] = true;
            }
        }
        int onOptional = 0;
        int matched = 0;
        int right = 0;
        List<Statement> falsePositives = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (goldOf[p] < 0) {
                falsePositives.add(predicted.get(p));
                continue;
            }
            GoldStatement g = gold.get(goldOf[p]);
            if (g.optional()) {
                onOptional++;
                continue;
            }
            matched++;
            if (speakerRight(predicted.get(p).speaker(), g.speakers())) {
                right++;
            } else {
                wrong.add(predicted.get(p).speaker() + " instead of " + g.speakers() + " for: " + g.content());
            }
        }
        int required = 0;
        List<GoldStatement> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!gold.get(g).optional()) {
                required++;
                if (!goldTaken[g]) {
                    missed.add(gold.get(g));
                }
            }
        }
        return new Score(predicted.size(), onOptional, required, matched, right, missed, falsePositives, wrong);
    }

    public static boolean speakerRight(String predicted, List<String> accepted) {
        if (predicted == null) {
            return false;
        }
        String p = normalize(predicted);
        if (p.isEmpty()) {
            return false;
        }
        for (String a : accepted) {
            String n = normalize(a);
            if (!n.isEmpty() && (p.contains(n) || n.contains(p))) {
                return true;
            }
        }
        return false;
    }

    /** Names compare as aliases do: lowercase letters and digits, words separated by single spaces. */
    static String normalize(String s) {
        return KnownSpeakers.key(s);
    }
}
