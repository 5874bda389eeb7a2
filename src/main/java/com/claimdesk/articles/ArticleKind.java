package com.claimdesk.articles;

/** What an article is: a news story, or a transcript whose statements are its speakers' turns. */
public enum ArticleKind {
    ARTICLE("article"),
    /** Speaker-labelled text, SRT or WebVTT captions, stored as one "Speaker: words" paragraph per turn. */
    TRANSCRIPT("transcript");

    public final String label;

    ArticleKind(String label) {
        this.label = label;
    }
}
