package com.claimdesk.quotes;

import java.util.LinkedHashMap;
import java.util.Map;

import com.claimdesk.sources.Source;
import com.claimdesk.sources.SourceArchive;

/**
 * A linked source's archived copy read as a transcript, kept for the next quote checked against it: reading a
 * long transcript and indexing its words costs far more than aligning a quote. Copies are keyed by their SHA-256,
 * so a re-archived source is read afresh and two sources holding the same file share one entry. At most
 * {@link #KEPT_WORDS} words are kept in all (about 100 MB of heap), least recently used dropped first.
 */
public final class SourceTranscripts {

    static final long KEPT_WORDS = 2_000_000;

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
        Transcript kept = kept(source.archiveSha256);
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
            keep(source.archiveSha256, reading.transcript());
        }
        return reading;
    }

    private static synchronized Transcript kept(String sha256) {
        return KEPT.get(sha256);
    }

    private static synchronized void keep(String sha256, Transcript transcript) {
        if (transcript.words().size() > KEPT_WORDS || KEPT.containsKey(sha256)) {
            return;
        }
        KEPT.put(sha256, transcript);
        keptWords += transcript.words().size();
        var oldest = KEPT.entrySet().iterator();
        while (keptWords > KEPT_WORDS && oldest.hasNext()) {
            keptWords -= oldest.next().getValue().words().size();
            oldest.remove();
        }
    }
}
