package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules, applied to one document, as a list of stages. Not thread-safe; {@link StatementExtractor}
 * makes one per call.
 *
 * <ol>
 *   <li>text → sentences and tokens: {@link Document} (with {@link Tokenizer}), names ({@link Names}),
 *       figures ({@link FigureFinder}), all held by {@link Reading};</li>
 *   <li>cues: {@link Cues} (words from the {@link Lexicon} used as verbs of saying);</li>
 *   <li>attributions with content boundaries: {@link Transcripts}, {@link Quotations},
 *       {@link ReportedSpeech}, {@link Headlines}, using {@link Phrases} and {@link Clauses};</li>
 *   <li>speakers and coreference: {@link Speakers};</li>
 *   <li>the outlet's own figures: {@link Assertions};</li>
 *   <li>statements: {@link #toStatements}, the one place they are made.</li>
 * </ol>
 */
final class Extraction {

    private final Reading reading;
    private final Speakers speakers;
    private final Transcripts transcripts;
    private final Quotations quotations;
    private final ReportedSpeech reportedSpeech;
    private final Assertions assertions;
    private final Headlines headlines;

    Extraction(String text, KnownSpeakers known) {
        this.reading = new Reading(text, known);
        Cues cues = new Cues(reading);
        Phrases phrases = new Phrases(reading);
        Clauses clauses = new Clauses(reading, cues, phrases);
        this.speakers = new Speakers(reading, phrases);
        this.transcripts = new Transcripts(reading);
        this.quotations = new Quotations(reading, cues, phrases, speakers);
        this.reportedSpeech = new ReportedSpeech(reading, clauses, cues, phrases, speakers);
        this.assertions = new Assertions(reading);
        this.headlines = new Headlines(reading, phrases, speakers);
    }

    List<Statement> run() {
        Document doc = reading.doc;
        List<Draft> candidates = reading.candidates;
        speakers.findReleaseSpeakers();
        transcripts.findTurns();
        quotations.attributeQuotes();
        headlines.findAttributedHeadline();
        for (Document.Sentence s : doc.sentences) {
            int p = doc.token(s.first()).paragraph;
            if (!doc.skippedParagraph[p] && !reading.asked[p] && p != reading.headline) {
                reportedSpeech.findReportedSpeech(s);
            }
        }
        quotations.addQuoteStatements();
        List<Draft> kept = removeOverlaps(candidates);
        candidates.clear();
        candidates.addAll(kept);
        quotations.joinRuns();
        transcripts.addTurnClaims();
        assertions.findAssertions();
        candidates.sort(Comparator.comparingInt(c -> c.start));
        speakers.resolve();
        return toStatements(candidates);
    }

    /** Of two candidates covering mostly the same words, keeps the better attributed one. */
    private static List<Draft> removeOverlaps(List<Draft> candidates) {
        candidates.sort(Comparator.comparingInt((Draft c) -> c.start).thenComparingInt(c -> -c.end));
        List<Draft> kept = new ArrayList<>();
        for (Draft c : candidates) {
            boolean add = true;
            for (int k = kept.size() - 1; k >= 0 && k >= kept.size() - 4; k--) {
                Draft o = kept.get(k);
                int overlap = Math.min(o.end, c.end) - Math.max(o.start, c.start);
                int shorter = Math.min(o.end - o.start, c.end - c.start);
                if (overlap * 2 >= shorter && overlap > 0) {
                    if (c.rank > o.rank || (c.rank == o.rank && c.end - c.start < o.end - o.start && c.rank == 2)) {
                        kept.set(k, c);
                    }
                    add = false;
                    break;
                }
            }
            if (add) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** The statements, each with the figures inside it: the one place Statement objects are made. */
    private List<Statement> toStatements(List<Draft> candidates) {
        List<FigureFinder.Found> figures = reading.figures;
        List<Statement> out = new ArrayList<>(candidates.size());
        int f = 0;
        for (Draft c : candidates) {
            while (f < figures.size() && figures.get(f).start() < c.start) {
                f++;
            }
            List<Figure> inside = new ArrayList<>();
            for (int g = f; g < figures.size() && figures.get(g).start() < c.end; g++) {
                if (figures.get(g).end() <= c.end) {
                    inside.add(figures.get(g).figure());
                }
            }
            out.add(SpeakerNames.settle(new Statement(c.kind, reading.doc.text.substring(c.start, c.end), c.start,
                    c.end, c.speaker, c.cue, inside, c.confidence)));
        }
        return out;
    }
}
