package com.claimdesk.articles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The two sample articles, as packaged for the demo. Each test gets its own copy: a unique last line keeps
 * the text new to ClaimDesk without moving any offset in it. The text is in its canonical form, as ClaimDesk
 * stores it (the US sample has no-break spaces, which become plain ones).
 */
public record SampleArticles(String headline, String text) {

    public static final String NATO = "nato-rejects-russia-request.txt";
    public static final String US = "us-rejects-russian-demand.txt";

    public static SampleArticles load(String file) {
        try (InputStream in = SampleArticles.class.getResourceAsStream("/demo/articles/" + file)) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int firstBreak = content.indexOf('\n');
            String text = CanonicalText.of(content.substring(firstBreak + 1).strip()) + "\n\n[copy "
                    + UUID.randomUUID() + "]";
            return new SampleArticles(content.substring(0, firstBreak).strip(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Start and end of the first occurrence of {@code passage}. */
    public int[] rangeOf(String passage) {
        int start = text.indexOf(passage);
        if (start < 0) {
            throw new IllegalArgumentException("Not in the sample: " + passage);
        }
        return new int[] {start, start + passage.length()};
    }
}
