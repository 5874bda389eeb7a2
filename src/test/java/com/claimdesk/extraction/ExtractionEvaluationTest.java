package com.claimdesk.extraction;

import com.claimdesk.extraction.eval.Evaluation;
import com.claimdesk.extraction.eval.GoldStatement;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measures the extractor on every gold article and fails below the floors reached so far. */
class ExtractionEvaluationTest {

    private static final Logger LOG = Logger.getLogger(ExtractionEvaluationTest.class);
    private static final double F1_FLOOR = 0.895;
    private static final double SPEAKER_FLOOR = 0.965;
    private static final double HELDOUT_F1_FLOOR = 0.825;
    private static final double HELDOUT_SPEAKER_FLOOR = 0.89;
    /** Floors on the blind set, our estimate for unseen news: just under what the rules reach on it. */
    private static final double BLIND_F1_FLOOR = 0.83;
    private static final double BLIND_SPEAKER_FLOOR = 0.88;

    private final StatementExtractor extractor = new StatementExtractor();

    @Test
    void wholeGoldSetStaysAboveFloors() {
        List<GoldCorpus.Article> articles = GoldCorpus.all();
        assertFalse(articles.isEmpty(), "no gold articles found");
        Evaluation.Score total = scoreAndReport("CORPUS", articles);
        assertTrue(total.f1() >= F1_FLOOR, "F1 " + total.f1() + " below " + F1_FLOOR);
        assertTrue(total.speakerAccuracy() >= SPEAKER_FLOOR,
                "speaker accuracy " + total.speakerAccuracy() + " below " + SPEAKER_FLOOR);
    }

    /** The held-out set is development data now: reported per article (with -Deval.details=true, per error). */
    @Test
    void heldOutSetStaysAboveFloors() {
        List<GoldCorpus.Article> articles = GoldCorpus.heldout();
        if (articles.isEmpty()) {
            return;
        }
        Evaluation.Score total = scoreAndReport("HELD-OUT", articles);
        assertTrue(total.f1() >= HELDOUT_F1_FLOOR, "held-out F1 " + total.f1() + " below " + HELDOUT_F1_FLOOR);
        assertTrue(total.speakerAccuracy() >= HELDOUT_SPEAKER_FLOOR,
                "held-out speaker accuracy " + total.speakerAccuracy() + " below " + HELDOUT_SPEAKER_FLOOR);
    }

    /**
     * Scores the blind set, once it exists, and prints only the overall numbers: its articles and
     * statements must stay unseen, or they stop measuring how the rules generalise.
     */
    @Test
    void blindSetOverallOnly() {
        List<GoldCorpus.Article> articles = GoldCorpus.blind();
        if (articles.isEmpty()) {
            return;
        }
        Evaluation.Score total = Evaluation.Score.EMPTY;
        for (GoldCorpus.Article a : articles) {
            total = total.plus(Evaluation.score(extractor.extract(a.text()), a.gold()));
        }
        LOG.infof("BLIND (%d articles) pred %d gold %d match %d  P %.3f R %.3f F1 %.3f speaker %.3f",
                articles.size(), total.predictions(), total.requiredGold(), total.matched(), total.precision(),
                total.recall(), total.f1(), total.speakerAccuracy());
        assertTrue(total.f1() >= BLIND_F1_FLOOR, "blind F1 " + total.f1());
        assertTrue(total.speakerAccuracy() >= BLIND_SPEAKER_FLOOR, "blind speaker accuracy " + total.speakerAccuracy());
    }

    /** Scores each article, prints a table (and, with -Deval.details=true, every error) and returns the total. */
    private Evaluation.Score scoreAndReport(String set, List<GoldCorpus.Article> articles) {
        Evaluation.Score total = Evaluation.Score.EMPTY;
        StringBuilder report = new StringBuilder(set).append('\n');
        report.append(String.format(Locale.ROOT, "%-45s %5s %5s %5s %6s %6s %6s %6s%n", "article", "pred",
                "gold", "match", "P", "R", "F1", "spk"));
        for (GoldCorpus.Article a : articles) {
            for (GoldStatement g : a.gold()) {
                if (g.start() < 0) {
                    report.append("  (gold content not found in ").append(a.name()).append(": ")
                            .append(g.content()).append(")\n");
                }
            }
            Evaluation.Score s = Evaluation.score(extractor.extract(a.text()), a.gold());
            total = total.plus(s);
            report.append(String.format(Locale.ROOT, "%-45s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f%n", a.name(),
                    s.predictions(), s.requiredGold(), s.matched(), s.precision(), s.recall(), s.f1(),
                    s.speakerAccuracy()));
            if (Boolean.getBoolean("eval.details")) {
                s.missed().forEach(g -> report.append("    MISSED ").append(g.kind()).append(" ")
                        .append(g.speakers()).append(": ").append(g.content().replace('\n', ' ')).append('\n'));
                s.falsePositives().forEach(p -> report.append("    FALSE  ").append(p.kind().wireName())
                        .append(" ").append(p.speaker()).append(": ").append(p.content().replace('\n', ' '))
                        .append('\n'));
                s.wrongSpeakers().forEach(w -> report.append("    SPEAKER ").append(w.replace('\n', ' '))
                        .append('\n'));
            }
        }
        report.append(String.format(Locale.ROOT, "%-45s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f%n", set + " OVERALL",
                total.predictions(), total.requiredGold(), total.matched(), total.precision(), total.recall(),
                total.f1(), total.speakerAccuracy()));
        LOG.info("\n" + report);
        return total;
    }

    @Test
    void everyRequiredSampleStatementIsFoundWithItsSpeaker() {
        List<GoldCorpus.Article> samples = GoldCorpus.samples();
        assertEquals(2, samples.size(), "the two sample articles");
        for (GoldCorpus.Article a : samples) {
            Evaluation.Score s = Evaluation.score(extractor.extract(a.text()), a.gold());
            assertTrue(s.missed().isEmpty(), a.name() + " missed " + s.missed());
            assertTrue(s.wrongSpeakers().isEmpty(), a.name() + " wrong speakers " + s.wrongSpeakers());
        }
    }

    /**
     * The product's targets on the whole gold set (corpus, held-out and blind articles together): F1 at least
     * 0.85 and speaker accuracy at least 0.90.
     */
    @Test
    void wholeGoldSetMeetsTheTargets() {
        Evaluation.Score total = Evaluation.Score.EMPTY;
        for (List<GoldCorpus.Article> set : List.of(GoldCorpus.all(), GoldCorpus.heldout(), GoldCorpus.blind())) {
            for (GoldCorpus.Article a : set) {
                total = total.plus(Evaluation.score(extractor.extract(a.text()), a.gold()));
            }
        }
        LOG.infof("WHOLE GOLD SET pred %d gold %d match %d  P %.3f R %.3f F1 %.3f speaker %.3f", total.predictions(),
                total.requiredGold(), total.matched(), total.precision(), total.recall(), total.f1(),
                total.speakerAccuracy());
        assertTrue(total.f1() >= 0.85, "F1 " + total.f1() + " below the 0.85 target");
        assertTrue(total.speakerAccuracy() >= 0.90, "speaker accuracy " + total.speakerAccuracy() + " below 0.90");
    }
}
