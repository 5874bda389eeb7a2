package com.claimdesk.extraction;

/** A statement before speaker resolution. Token ranges are inclusive. */
final class Draft {
    StatementKind kind;
    int start;
    int end;
    /** First and last token of the whole construction (speaker, cue and content). */
    int spanFirst;
    int spanLast;
    String cue = "";
    /** The cue's token, or -1. */
    int cueToken = -1;
    SpeakerSource source = SpeakerSource.NONE;
    String speaker;
    /** Raw speaker words, tried against the known speakers first. */
    String speakerWords;
    int anchor;
    /** Rank when two candidates cover the same words: higher wins. */
    int rank;
    /** For quotations taking their speaker from the statement before: only when that one is near. */
    int paragraph;
    /** How sure the speaker is, 0..1, set once speakers are resolved. */
    double confidence;
}
