package com.claimdesk.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Throughput on one core for the gold articles repeated into one large text.
 * Run: mvn -q test-compile exec:java (from the project directory). Not a unit test.
 */
public final class ExtractionBenchmark {

    private static final Logger LOG = Logger.getLogger(ExtractionBenchmark.class);

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GoldCorpus.ROOT)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.startsWith(GoldCorpus.HELDOUT)
                    && !f.startsWith(GoldCorpus.BLIND)).sorted().toList()) {
                articles.add(Files.readString(p));
            }
        }
        StringBuilder corpus = new StringBuilder();
        while (corpus.length() < 2_000_000) {
            for (String a : articles) {
                corpus.append(a).append("\n\n");
            }
        }
        String text = corpus.toString();
        StatementExtractor extractor = new StatementExtractor();
        for (int i = 0; i < 3; i++) {
            extractor.extract(text);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        int runs = 5;
        long start = System.nanoTime();
        int statements = 0;
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            statements = extractor.extract(text).size();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double kb = text.length() / 1024.0 * runs;
        LOG.infof("text: %.0f KB (%d articles repeated), %d statements per run",
                text.length() / 1024.0, articles.size(), statements);
        LOG.infof("throughput: %.0f KB/s on one thread", kb / seconds);
        LOG.infof("heap: %.0f MB before, %.0f MB peak seen", heapBefore / 1e6, peak / 1e6);
    }
}
