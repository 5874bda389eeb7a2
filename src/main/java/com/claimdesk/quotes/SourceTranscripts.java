package com.claimdesk.quotes;

import java.util.LinkedHashMap;
import java.util.Map;

import com.claimdesk.sources.Source;
import com.claimdesk.sources.SourceArchive;

/**
 * A linked source's archived copy, or a pasted text, read as a transcript and kept for the next quote checked
 * against it: reading a long transcript and indexing its words costs far more than aligning a quote (a 1 MB
 * transcript takes a few hundred milliseconds to read, a quote under one). Copies are keyed by their SHA-256, so
 * a re-archived source is read afresh and two sources holding the same file share one entry; pasted texts by
 * their length and hash, compared in full before use. At most {@link #KEPT_WORDS} words are kept in all (about
 * 60 bytes a word with its index: some 30 MB, three 1 MB transcripts), least recently used dropped first.
 */
public final class SourceTranscripts {

    static final long KEPT_WORDS = 500_000;

    private static final Map<String, Transcript> KEPT = new LinkedHashMap<>(16, 0.75f, true);
    private static long keptWords;

    private SourceTranscripts() {
    }

    /** The source's transcript, or why it has none. Must run inside a transaction when the copy is not kept. */
    public static PrimarySources.Reading of(Source source) {
        if (!source.archived()) {
            return PrimarySources.Reading.refused(
                    "This source has no archived copy to check against. Archive its text first, or send the text.");
        }
        Transcript kept = kept("sha256:" + source.archiveSha256);
        if (kept != null) {
            return new PrimarySources.Reading(kept, null);
        }
        SourceArchive archive = SourceArchive.findById(source.id);
        if (archive == null) {
            return PrimarySources.Reading.refused("This source's archived copy is missing.");
        }
        PrimarySources.Reading reading = PrimarySources.read(archive.content, source.archiveFileName,
                source.archiveMediaType);
        if (reading.ok()) {
            reading.transcript().seeds(); // index now, once, rather than on the first quote
            keep("sha256:" + source.archiveSha256, reading.transcript());
        }
        return reading;
    }

    /** Pasted text, read once for as long as it is kept. */
    public static PrimarySources.Reading of(String text) {
        String key = "text:" + text.length() + ":" + text.hashCode();
        Transcript kept = kept(key);
        if (kept != null && kept.text().equals(text)) {
            return new PrimarySources.Reading(kept, null);
        }
        PrimarySources.Reading reading = PrimarySources.read(text);
        if (reading.ok()) {
            reading.transcript().seeds();
            keep(key, reading.transcript());
        }
        return reading;
    }

    private static synchronized Transcript kept(String key) {
        return KEPT.get(key);
    }

    private static synchronized void keep(String key, Transcript transcript) {
        Transcript previous = KEPT.remove(key);
        if (previous != null) {
            keptWords -= previous.words().size();
        }
        if (transcript.words().size() > KEPT_WORDS) {
            return;
        }
        KEPT.put(key, transcript);
        keptWords += transcript.words().size();
        var oldest = KEPT.entrySet().iterator();
        while (keptWords > KEPT_WORDS && oldest.hasNext()) {
            keptWords -= oldest.next().getValue().words().size();
            oldest.remove();
        }
    }
}
