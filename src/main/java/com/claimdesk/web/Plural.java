package com.claimdesk.web;

import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * A count with its noun in agreement, "1 claim", "2 claims", in pages ({@code {claimCount.plural('claim')}}) and
 * in messages alike, so that nothing reads "1 results" or "claim(s)".
 */
public final class Plural {

    /** The English nouns the desk counts whose plural is not the noun plus "s". */
    private static final Map<String, String> IRREGULAR = Map.of(
            "person", "people",
            "copy", "copies",
            "reply", "replies",
            "match", "matches",
            "search", "searches",
            "address", "addresses");

    private Plural() {
    }

    @TemplateExtension
    public static String plural(Number count, String noun) {
        return of(count.longValue(), noun);
    }

    public static String of(long count, String noun) {
        return count + " " + (count == 1 ? noun : IRREGULAR.getOrDefault(noun, noun + "s"));
    }
}
