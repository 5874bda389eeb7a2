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
    private static final double F1_FLOOR = 0.885;
    private static final double SPEAKER_FLOOR = 0.955;
    /** Floors on the held-out set: below the targets (0.85 / 0.90), kept so that it cannot slip further. */
    private static final double HELDOUT_F1_FLOOR = 0.76;
    private static final double HELDOUT_SPEAKER_FLOOR = 0.83;

    private final StatementExtractor extractor = new StatementExtractor();

    @Test
    void wholeGoldSetStaysAboveFloors() {
        List<GoldCorpus.Article> articles = GoldCorpus.all();
        assertFalse(articles.isEmpty(), "no gold articles found");
        Evaluation.Score total = Evaluation.Score.EMPTY;
        StringBuilder report = new StringBuilder();
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
        report.append(String.format(Locale.ROOT, "%-45s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f%n", "OVERALL",
                total.predictions(), total.requiredGold(), total.matched(), total.precision(), total.recall(),
                total.f1(), total.speakerAccuracy()));
        LOG.info("\n" + report);
        assertTrue(total.f1() >= F1_FLOOR, "F1 " + total.f1() + " below " + F1_FLOOR);
        assertTrue(total.speakerAccuracy() >= SPEAKER_FLOOR,
                "speaker accuracy " + total.speakerAccuracy() + " below " + SPEAKER_FLOOR);
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
     * The held-out set, written after the rules: only the overall numbers are printed, so that its articles
     * keep measuring how the rules generalise rather than becoming more fixtures to fit.
     */
    @Test
    void heldOutSetStaysAboveFloors() {
        List<GoldCorpus.Article> articles = GoldCorpus.heldout();
        assertFalse(articles.isEmpty(), "no held-out articles found");
        Evaluation.Score total = Evaluation.Score.EMPTY;
        for (GoldCorpus.Article a : articles) {
            total = total.plus(Evaluation.score(extractor.extract(a.text()), a.gold()));
        }
        LOG.infof("HELD-OUT (%d articles) pred %d gold %d match %d  P %.3f R %.3f F1 %.3f speaker %.3f",
                articles.size(), total.predictions(), total.requiredGold(), total.matched(), total.precision(),
                total.recall(), total.f1(), total.speakerAccuracy());
        assertTrue(total.f1() >= HELDOUT_F1_FLOOR, "held-out F1 " + total.f1());
        assertTrue(total.speakerAccuracy() >= HELDOUT_SPEAKER_FLOOR, "held-out speaker " + total.speakerAccuracy());
    }
}
