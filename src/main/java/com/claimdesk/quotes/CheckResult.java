package com.claimdesk.quotes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.claimdesk.claims.Claim;
import com.claimdesk.sources.Source;

/**
 * A quote aligned with a primary source, as the reviewer reads it before confirming: the passage with the
 * sentences around it, its parts with the gap between them, the word edits (negation first), the turn's speaker
 * against the claimant, the suggested label and, for captions, the time.
 */
public record CheckResult(Source source, String sourceSha256, Transcript transcript, String quote,
        QuoteAligner.Match match, QuoteCheck.SpeakerVerdict speaker, String passage, String contextBefore,
        String contextAfter, List<PartView> parts, Transcript.Turn turn) {

    /** Words of context on each side at most, whatever the sentences. */
    private static final int CONTEXT_WORDS = 60;

    /** A part of the passage, with the source words and seconds skipped since the part before (null for the first). */
    public record PartView(String text, Integer gapWords, Double gapSeconds) {
        public String gapTime() {
            return gapSeconds == null ? null : clock(gapSeconds);
        }
    }

    static CheckResult of(Source source, QuoteChecks.SourceText text, Transcript transcript, String quote,
            QuoteAligner.Match match, QuoteCheck.SpeakerVerdict speaker) {
        if (!match.found()) {
            return new CheckResult(source, text.sha256(), transcript, quote, match, speaker, null, null, null,
                    List.of(), null);
        }
        List<Transcript.Word> words = transcript.words();
        int first = firstWordFrom(words, match.start());
        int last = firstWordFrom(words, match.end()) - 1;
        List<PartView> parts = new ArrayList<>();
        QuoteAligner.Span previous = null;
        for (QuoteAligner.Span span : match.parts()) {
            Integer gapWords = null;
            Double gapSeconds = null;
            if (previous != null) {
                int from = firstWordFrom(words, previous.end());
                int to = firstWordFrom(words, span.start());
                gapWords = Math.max(0, to - from);
                if (transcript.captions() && from > 0 && to < words.size()) {
                    gapSeconds = Math.max(0, words.get(to).cueStart() - words.get(from - 1).cueEnd());
                }
            }
            parts.add(new PartView(between(transcript, span.start(), span.end()), gapWords, gapSeconds));
            previous = span;
        }
        int turnIndex = first < words.size() ? words.get(first).turn() : -1;
        return new CheckResult(source, text.sha256(), transcript, quote, match, speaker,
                between(transcript, match.start(), match.end()), before(transcript, first, turnIndex), after(transcript, last, turnIndex), parts,
                turnIndex < 0 ? null : transcript.turns().get(turnIndex));
    }

    public QuoteLabel suggested() {
        return QuoteLabel.of(match.label());
    }

    public List<EditView> edits() {
        return EditView.ordered(match.edits());
    }

    public boolean timed() {
        return match.found() && !Double.isNaN(match.timeStart());
    }

    public String time() {
        return timed() ? clock(match.timeStart()) : null;
    }

    /** The media at the passage's cue ({@code #t=} seconds), when the source names its media. */
    public String mediaLink() {
        return timed() && source.mediaUrl != null ? mediaAt(source.mediaUrl, match.timeStart()) : null;
    }

    /** The speaker's whole turn, read on demand. */
    public String turnText() {
        return turn == null ? null : transcript.text().substring(turn.start(), turn.end()).strip();
    }

    /** The check as stored: what the reviewer confirmed or chose instead ({@code chosen} null keeps it). */
    QuoteCheck toCheck(Claim claim, QuoteLabel chosen, String note, String username) {
        QuoteCheck check = new QuoteCheck();
        check.claim = claim;
        check.source = source;
        check.sourceSha256 = sourceSha256;
        check.quote = quote;
        check.found = match.found();
        check.start = match.found() ? match.start() : null;
        check.end = match.found() ? match.end() : null;
        check.parts = new ArrayList<>(match.parts());
        check.passage = passage;
        check.contextBefore = cut(contextBefore);
        check.contextAfter = cut(contextAfter);
        check.speakerInSource = match.speakerInSource() == null ? null : cut200(match.speakerInSource());
        check.speakerVerdict = speaker;
        check.edits = new ArrayList<>(match.edits());
        check.negationChanged = match.negationChanged();
        check.similarity = match.similarity();
        check.timeStart = timed() ? match.timeStart() : null;
        check.timeEnd = timed() && !Double.isNaN(match.timeEnd()) ? match.timeEnd() : null;
        check.suggestedLabel = suggested();
        check.label = chosen == null ? suggested() : chosen;
        check.note = note;
        check.checkedBy = username;
        check.checkedAt = Instant.now();
        return check;
    }

    static String mediaAt(String mediaUrl, double seconds) {
        return mediaUrl.replaceFirst("#.*$", "") + "#t=" + (long) Math.floor(seconds);
    }

    /** Seconds as h:mm:ss or m:ss. */
    static String clock(double seconds) {
        long s = (long) Math.floor(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** Index of the first word starting at or after {@code offset}. */
    private static int firstWordFrom(List<Transcript.Word> words, int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence before the passage and the start of its own, within the same turn. */
    private static String before(Transcript transcript, int first, int turn) {
        List<Transcript.Word> words = transcript.words();
        int from = first;
        int ends = 0;
        while (from > 0 && first - from < CONTEXT_WORDS && words.get(from - 1).turn() == turn) {
            if (endsSentence(transcript, words.get(from - 1)) && ++ends == 2) {
                break;
            }
            from--;
        }
        return from == first ? "" : span(transcript, from, first);
    }

    /** The rest of the passage's sentence and the sentence after it, within the same turn. */
    private static String after(Transcript transcript, int last, int turn) {
        List<Transcript.Word> words = transcript.words();
        int ends = last >= 0 && endsSentence(transcript, words.get(last)) ? 1 : 0;
        int to = last + 1;
        while (to < words.size() && to - last <= CONTEXT_WORDS && words.get(to).turn() == turn && ends < 2) {
            ends += endsSentence(transcript, words.get(to)) ? 1 : 0;
            to++;
        }
        return to == last + 1 ? "" : span(transcript, last + 1, to);
    }

    /** The text between two offsets; for captions, its words without cue numbers and times. */
    private static String between(Transcript transcript, int start, int end) {
        if (!transcript.captions()) {
            return transcript.text().substring(start, end);
        }
        int from = firstWordFrom(transcript.words(), start);
        int to = firstWordFrom(transcript.words(), end);
        return from >= to ? transcript.text().substring(start, end) : span(transcript, from, to);
    }

    /** Words {@code from..to} as written; captions' words joined by spaces, leaving cue numbers and times out. */
    private static String span(Transcript transcript, int from, int to) {
        List<Transcript.Word> words = transcript.words();
        String text = transcript.text();
        if (!transcript.captions()) {
            return text.substring(words.get(from).start(), trailing(text, words.get(to - 1).end())).strip();
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(i == from ? "" : " ").append(text, words.get(i).start(), trailing(text, words.get(i).end()));
        }
        return out.toString();
    }

    /** The end of a word with the punctuation right after it. */
    private static int trailing(String text, int end) {
        int i = end;
        while (i < text.length() && ".,;:?!”’\"')".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(Transcript transcript, Transcript.Word word) {
        String text = transcript.text();
        int i = word.end();
        while (i < text.length() && "”’\"')".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && ".?!".indexOf(text.charAt(i)) >= 0;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private static String cut200(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
