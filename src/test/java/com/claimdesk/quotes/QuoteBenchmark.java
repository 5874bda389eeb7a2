package com.claimdesk.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jboss.logging.Logger;

/**
 * Time per quote against a transcript of about 1 MB, on one thread, after warm-up. The transcript is the
 * labelled set's sources once as they are, among copies of their turns with a third of the words changed (so
 * the text is long and varied, not one passage repeated); the quotes are the set's cases for those sources.
 * Run with bench/quotes.sh. Not a unit test.
 */
public final class QuoteBenchmark {

    private static final Logger LOG = Logger.getLogger(QuoteBenchmark.class);

    private QuoteBenchmark() {
    }

    public static void main(String[] args) {
        int targetChars = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random random = new Random(7);
        List<String> turns = new ArrayList<>();
        List<String> vocabulary = new ArrayList<>();
        for (QuoteSet.Source s : QuoteSet.SOURCES) {
            if (!s.file().endsWith(".txt")) {
                continue;
            }
            for (String para : s.text().split("\n\n")) {
                turns.add(para.strip());
                vocabulary.addAll(Arrays.asList(para.split("\\s+")));
            }
        }
        StringBuilder text = new StringBuilder();
        List<QuoteSet.Case> cases = new ArrayList<>();
        while (text.length() < targetChars) {
            if (cases.isEmpty() && text.length() > targetChars / 2) {
                // The sources as they are, in the middle of the text, with their cases moved to match.
                for (QuoteSet.Source s : QuoteSet.SOURCES) {
                    if (!s.file().endsWith(".txt")) {
                        continue;
                    }
                    int offset = text.length();
                    text.append(s.text()).append("\n\n");
                    for (QuoteSet.Case c : QuoteSet.cases()) {
                        if (c.source().equals(s.file())) {
                            cases.add(new QuoteSet.Case(c.origin(), c.source(), c.quote(), c.speaker(), c.indirect(),
                                    c.label(), c.start() < 0 ? -1 : c.start() + offset,
                                    c.end() < 0 ? -1 : c.end() + offset, c.negation(), c.turn()));
                        }
                    }
                }
            }
            String[] words = turns.get(random.nextInt(turns.size())).split(" ");
            for (int i = 1; i < words.length; i++) {
                if (random.nextInt(3) == 0) {
                    words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
                }
            }
            text.append(String.join(" ", words)).append("\n\n");
        }
        String source = text.toString();

        long t0 = System.nanoTime();
        Transcript transcript = Transcript.read(source);
        transcript.seeds();
        double indexMs = (System.nanoTime() - t0) / 1e6;

        for (int i = 0; i < 5; i++) {
            run(transcript, cases);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        int rounds = 10;
        double[] perQuote = new double[cases.size() * rounds];
        int n = 0;
        int right = 0;
        int found = 0;
        long peak = 0;
        double[] best = new double[cases.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < cases.size(); i++) {
                QuoteSet.Case c = cases.get(i);
                long s = System.nanoTime();
                QuoteAligner.Match m = QuoteAligner.align(transcript, c.quote(), c.speaker(), c.indirect());
                perQuote[n] = (System.nanoTime() - s) / 1e6;
                best[i] = Math.min(best[i], perQuote[n]);
                n++;
                if (!c.label().equals("not_found")) {
                    found++;
                    right += m.label().equals(c.label()) ? 1 : 0;
                }
            }
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        Arrays.sort(perQuote);
        double mean = Arrays.stream(perQuote).average().orElse(0);
        LOG.infof("transcript: %.0f KB, %d words, %d turns; read and indexed once in %.0f ms", source.length() / 1024.0,
                transcript.words().size(), transcript.turns().size(), indexMs);
        // Quotes labelled not_found are taken from the other sources, which are all in this text: not counted.
        LOG.infof("quotes: %d, %d rounds after 5 warm-up rounds; label as in the set %.3f (quotes that are found)",
                cases.size(), rounds, (double) right / found);
        LOG.info(String.format(Locale.ROOT, "ms per quote, every run: mean %.2f, median %.2f, p95 %.2f, max %.2f", mean,
                perQuote[perQuote.length / 2], perQuote[(int) (perQuote.length * 0.95)], perQuote[perQuote.length - 1]));
        int slowest = 0;
        for (int i = 1; i < best.length; i++) {
            slowest = best[i] > best[slowest] ? i : slowest;
        }
        double[] sortedBest = best.clone();
        Arrays.sort(sortedBest);
        LOG.info(String.format(Locale.ROOT, "ms per quote, best of the rounds (no GC pauses): median %.2f, p95 %.2f, "
                + "max %.2f for \"%s\"", sortedBest[best.length / 2], sortedBest[(int) (best.length * 0.95)],
                best[slowest], cases.get(slowest).quote()));
        LOG.infof("heap after GC: %.0f MB before the rounds, %.0f MB after (peak seen %.0f MB)", heapBefore / 1e6,
                heapAfter / 1e6, peak / 1e6);
    }

    private static void run(Transcript transcript, List<QuoteSet.Case> cases) {
        for (QuoteSet.Case c : cases) {
            QuoteAligner.align(transcript, c.quote(), c.speaker(), c.indirect());
        }
    }
}
