package com.claimdesk.articles;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.claimdesk.web.FormErrors;

/**
 * Main-text quality on the pages in {@code src/test/resources/articles/benchmark} and its {@code held-out} folder
 * (origins, licences and what the two sets are in its SOURCES.md): mean word-level F1 of the kept text against the expected text, words counted as a bag, as the
 * article-extraction benchmarks score it; the page's whole body text is the baseline. Figures in
 * docs/benchmarks.md.
 */
class MainTextBenchmarkTest {

    private static final Logger LOG = Logger.getLogger(MainTextBenchmarkTest.class);
    private static final Path PAGES = Path.of("src/test/resources/articles/benchmark");
    private static final double FLOOR = 0.90;

    @Test
    void keptTextMatchesTheExpectedTextOnThePagesTheRulesWereMadeOn() throws IOException {
        assertAboveTheFloor(PAGES, "tuning set");
    }

    @Test
    void keptTextMatchesTheExpectedTextOnPagesOfShapesTheRulesWereNotMadeOn() throws IOException {
        assertAboveTheFloor(PAGES.resolve("held-out"), "held-out set");
    }

    private static void assertAboveTheFloor(Path folder, String set) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 40, "the " + set + " holds " + pages.size() + " pages");
        double ours = 0;
        double plain = 0;
        StringBuilder worst = new StringBuilder();
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            String expected = Files.readString(Path.of(page.toString().replace(".html", ".txt")));
            double f1 = f1(ArticleText.fromHtml(html, "file", FormErrors.none()).text(), expected);
            ours += f1;
            plain += f1(Jsoup.parse(html).body().text(), expected);
            if (f1 < FLOOR) {
                worst.append(String.format(Locale.ROOT, " %s %.3f", page.getFileName(), f1));
            }
        }
        ours /= pages.size();
        plain /= pages.size();
        LOG.infof("Main text, %s, %d pages: word F1 ours %.3f, plain page text %.3f;%s", set, pages.size(), ours,
                plain, worst.length() == 0 ? " every page above the floor" : " below the floor:" + worst);
        assertTrue(ours >= FLOOR, String.format(Locale.ROOT, "%s: F1 %.3f < %.2f;%s", set, ours, FLOOR, worst));
        assertTrue(ours > plain, "the main text must beat the whole page's text");
    }

    /** F1 of two bags of words: lowercase runs of letters and digits, each counted as often as it occurs. */
    static double f1(String got, String expected) {
        Map<String, Integer> want = words(expected);
        Map<String, Integer> have = words(got);
        int overlap = 0;
        for (Map.Entry<String, Integer> word : have.entrySet()) {
            overlap += Math.min(word.getValue(), want.getOrDefault(word.getKey(), 0));
        }
        int haveCount = have.values().stream().mapToInt(Integer::intValue).sum();
        int wantCount = want.values().stream().mapToInt(Integer::intValue).sum();
        if (overlap == 0) {
            return 0;
        }
        double precision = (double) overlap / haveCount;
        double recall = (double) overlap / wantCount;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.merge(word, 1, Integer::sum);
            }
        }
        return words;
    }
}
