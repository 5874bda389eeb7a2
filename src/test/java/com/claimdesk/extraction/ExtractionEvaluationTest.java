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
    private static final double F1_FLOOR = 0.84;
    private static final double SPEAKER_FLOOR = 0.94;

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
}
