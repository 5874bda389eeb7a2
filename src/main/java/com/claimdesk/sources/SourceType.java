package com.claimdesk.sources;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

public enum SourceType {
    PRIMARY_DOCUMENT("Primary document"),
    OFFICIAL_STATEMENT("Official statement"),
    DATASET("Dataset or statistics"),
    NEWS_REPORT("News report"),
    EXPERT_INTERVIEW("Expert interview"),
    ACADEMIC_PAPER("Academic paper"),
    SOCIAL_MEDIA_POST("Social media post"),
    OTHER("Other"),
    /** A primary source of what was said: a transcript, captions or a PDF of remarks, read turn by turn. */
    TRANSCRIPT("Transcript or captions (primary source)");

    public final String label;

    SourceType(String label) {
        this.label = label;
    }

    @TemplateExtension(namespace = "sourceTypes")
    public static List<SourceType> all() {
        return List.of(values());
    }
}
