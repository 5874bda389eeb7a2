package com.claimdesk.extraction;

/** One article's stages wired as {@link Extraction} wires them, for testing a stage on its own. */
final class Stages {

    final Reading reading;
    final Cues cues;
    final Phrases phrases;
    final Clauses clauses;
    final Speakers speakers;

    Stages(String text) {
        reading = new Reading(text, KnownSpeakers.NONE);
        cues = new Cues(reading);
        phrases = new Phrases(reading);
        clauses = new Clauses(reading, cues, phrases);
        speakers = new Speakers(reading, phrases);
    }

    /** The token index of the first token whose text is the word, ignoring case. */
    int token(String word) {
        for (int k = 0; k < reading.doc.size(); k++) {
            if (reading.doc.token(k).lower.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                return k;
            }
        }
        throw new AssertionError("no token " + word);
    }

    /** The text of tokens first..last. */
    String words(int first, int last) {
        return reading.doc.text.substring(reading.doc.token(first).start, reading.doc.token(last).end);
    }

    Document.Sentence sentence(int token) {
        return reading.doc.sentences.get(reading.doc.token(token).sentence);
    }
}
