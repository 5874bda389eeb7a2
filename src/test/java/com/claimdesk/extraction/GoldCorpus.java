package com.claimdesk.extraction;

import com.claimdesk.extraction.eval.GoldStatement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Loads every article with gold statements under src/test/resources/extraction/. */
final class GoldCorpus {

    /** An article's text and its located gold statements. */
    record Article(String name, Path path, String text, List<GoldStatement> gold) {
    }

    static final Path ROOT = Path.of("src", "test", "resources", "extraction");
    static final List<String> SAMPLES = List.of("nato-rejects-russia-request", "us-rejects-russian-demand");

    private GoldCorpus() {
    }

    /**
     * Articles written after the first rules; development data now, scored apart from the corpus, never in
     * {@link #all()}.
     */
    static final Path HELDOUT = ROOT.resolve("heldout");

    /** Articles written by someone who never saw the rules' errors: scored only in aggregate. */
    static final Path BLIND = ROOT.resolve("blind");

    /** All gold articles outside the held-out and blind sets; an article present in several folders counts once. */
    static List<Article> all() {
        Map<String, Article> byName = new LinkedHashMap<>();
        for (Path goldFile : goldFiles(ROOT)) {
            if (goldFile.startsWith(HELDOUT) || goldFile.startsWith(BLIND)) {
                continue;
            }
            Article a = load(goldFile);
            if (a != null) {
                byName.putIfAbsent(a.name(), a);
            }
        }
        return new ArrayList<>(byName.values());
    }

    static List<Article> heldout() {
        return under(HELDOUT);
    }

    static List<Article> blind() {
        return under(BLIND);
    }

    private static List<Article> under(Path folder) {
        return goldFiles(folder).stream().map(GoldCorpus::load).filter(Objects::nonNull).toList();
    }

    /** The two sample articles the workbench is built around (also the demo data). */
    static List<Article> samples() {
        return all().stream().filter(a -> SAMPLES.contains(a.name())).toList();
    }

    private static List<Path> goldFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("gold")
                            && p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one gold file; null when its article is missing. */
    private static Article load(Path goldFile) {
        try {
            JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
            Path articlePath = goldFile.getParent().getParent().resolve(root.path("article").asText());
            if (!Files.isRegularFile(articlePath)) {
                return null;
            }
            String text = Files.readString(articlePath);
            List<GoldStatement> gold = new ArrayList<>();
            for (JsonNode s : root.path("statements")) {
                List<String> speakers = new ArrayList<>();
                JsonNode sp = s.path("speaker");
                if (sp.isArray()) {
                    sp.forEach(n -> speakers.add(n.asText()));
                } else if (!sp.isMissingNode() && !sp.isNull()) {
                    speakers.add(sp.asText());
                }
                gold.add(new GoldStatement(s.path("kind").asText(), speakers, s.path("cue").asText(""),
                        s.path("content").asText(), s.path("optional").asBoolean(false), -1, -1));
            }
            String name = articlePath.getFileName().toString().replaceFirst("\\.txt$", "");
            return new Article(name, articlePath, text, GoldStatement.locate(text, gold));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gold file " + goldFile, e);
        }
    }
}
