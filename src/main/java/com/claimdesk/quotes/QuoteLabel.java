package com.claimdesk.quotes;

import java.util.List;
import java.util.Locale;

import com.claimdesk.sources.Stance;

import io.quarkus.qute.TemplateExtension;

/** What a quote check concludes, in the aligner's words ("verbatim", "not_found") and the newsroom's. */
public enum QuoteLabel {
    VERBATIM("Verbatim", "the words were said, as quoted"),
    ALTERED("Altered", "the passage was said, but some words differ"),
    SPLICED("Spliced", "parts said apart are joined into one quote"),
    MISATTRIBUTED("Misattributed", "the source's transcript gives these words to someone else"),
    NOT_FOUND("Not found", "no passage of the source says this"),
    PARAPHRASE("Paraphrase", "an indirect statement the source says in other words");

    public final String label;
    public final String meaning;

    QuoteLabel(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The aligner's name for it, as in the API ("not_found"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteLabel of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** The stance a check suggests when it is cited as evidence. */
    public Stance stance() {
        return switch (this) {
            case VERBATIM -> Stance.SUPPORTS;
            case ALTERED, SPLICED, MISATTRIBUTED -> Stance.CONTRADICTS;
            case NOT_FOUND, PARAPHRASE -> Stance.CONTEXT;
        };
    }

    @TemplateExtension(namespace = "quoteLabels")
    public static List<QuoteLabel> all() {
        return List.of(values());
    }
}
