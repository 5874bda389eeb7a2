package com.claimdesk.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures the claim matcher on a labelled set written for the repository (src/test/resources/search/): 87
 * claims already checked, and 198 new ones — paraphrases of one of them, near misses and unrelated claims.
 * Precision at the top result: of the queries for which a match is offered, how many offer the right one.
 */
class SimilarityEvaluationTest {

    private static final Logger LOG = Logger.getLogger(SimilarityEvaluationTest.class);
    private static final double PRECISION_FLOOR = 0.74;
    private static final double RECALL_FLOOR = 0.55;

    record Existing(String id, String claim) {
    }

    @Test
    void precisionAtTheTopResult() throws Exception {
        JsonNode set;
        try (InputStream in = getClass().getResourceAsStream("/search/similar-claims.json")) {
            set = new ObjectMapper().readTree(in);
        }
        List<Existing> existing = new ArrayList<>();
        set.path("existing").forEach(e -> existing.add(new Existing(e.path("id").asText(), e.path("claim").asText())));
        int offered = 0;
        int right = 0;
        int paraphrases = 0;
        int paraphrasesFound = 0;
        List<String> wrong = new ArrayList<>();
        for (JsonNode query : set.path("queries")) {
            String text = query.path("claim").asText();
            String expected = query.path("match").isNull() ? null : query.path("match").asText();
            Existing best = null;
            double bestScore = 0;
            for (Existing candidate : existing) {
                double score = ClaimSimilarity.score(text, candidate.claim());
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            boolean offers = bestScore >= ClaimSimilarity.THRESHOLD;
            if (expected != null) {
                paraphrases++;
            }
            if (offers) {
                offered++;
                if (best.id().equals(expected)) {
                    right++;
                    paraphrasesFound++;
                } else {
                    wrong.add(String.format(Locale.ROOT, "%.2f %s -> %s (%s)", bestScore, text, best.claim(),
                            query.path("kind").asText()));
                }
            }
        }
        double precision = offered == 0 ? 0 : (double) right / offered;
        double recall = (double) paraphrasesFound / paraphrases;
        LOG.infof("Similar claims: %d queries, %d offered a match, precision@1 %.3f, paraphrases found %.3f",
                set.path("queries").size(), offered, precision, recall);
        if (Boolean.getBoolean("similar.details")) {
            wrong.forEach(LOG::info);
        }
        assertTrue(precision >= PRECISION_FLOOR, "precision@1 " + precision);
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall);
    }
}
