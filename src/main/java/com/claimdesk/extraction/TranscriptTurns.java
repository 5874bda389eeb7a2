package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.claimdesk.quotes.Transcript;

/**
 * Transcripts as articles. A transcript (speaker-labelled text, SRT or WebVTT captions, read by
 * {@link Transcript}) is stored as one {@code Speaker: words} paragraph per turn, and each turn is a statement by
 * its speaker: the labels say who spoke, so nothing is guessed. The engine still reads each turn for what kind of
 * statement it is (a denial) and the figures in it.
 */
public final class TranscriptTurns {

    /** The questioner's and the answerer's labels of an interview: no one the desk can name. */
    private static final Set<String> ANONYMOUS = Set.of("Q", "A");

    private static final Pattern CUE_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:WEBVTT.*|NOTE(?:[ \\t].*)?|\\d+|(?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{3}[ \\t]+-->.*)[ \\t]*$");
    private static final Pattern TAG = Pattern.compile("</?[^>\\n]*>");
    private static final Pattern PARAGRAPH = Pattern.compile("(?m)^(?<label>[^\\n:]{1,200}): (?<body>[^\\n]+)$");

    private TranscriptTurns() {
    }

    /**
     * The text to store for a transcript as given, one {@code Speaker: words} paragraph per turn; null when no
     * speaker labels are found (captions whose cues name nobody, or plain text without labels).
     */
    public static String storedText(String given) {
        Transcript transcript = Transcript.read(given);
        if (!transcript.labelled() && transcript.captions()) {
            // Captions whose cues carry their speakers' labels in the words ("JANE DOE: ..."), as SRT does.
            transcript = Transcript.read(withoutCueLines(given));
        }
        if (!transcript.labelled()) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < transcript.turns().size(); i++) {
            Transcript.Turn turn = transcript.turns().get(i);
            String body;
            if (transcript.captions()) {
                // The cues' times, numbers and voice tags are no one's words, nor the speaker's label in a cue.
                body = withoutCueLines(transcript.text().substring(turn.start(), turn.end()))
                        .replaceAll("(?m)^[ \\t]*" + Pattern.quote(turn.speaker()) + "[ \\t]*:", "");
            } else {
                int first = i;
                int bodyStart = transcript.words().stream().filter(word -> word.turn() == first)
                        .mapToInt(Transcript.Word::start).findFirst().orElse(turn.end());
                body = transcript.text().substring(bodyStart, turn.end());
            }
            body = body.replaceAll("\\s+", " ").strip();
            if (!body.isEmpty()) {
                paragraphs.add(speakerName(turn.speaker()) + ": " + body);
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /** A turn for each paragraph of a stored transcript, said by its speaker, as the engine reads it. */
    static List<Statement> statements(String text, StatementExtractor engine, KnownSpeakers known) {
        List<Statement> statements = new ArrayList<>();
        Matcher paragraph = PARAGRAPH.matcher(text);
        while (paragraph.find()) {
            String label = paragraph.group("label").strip();
            if ("Q".equals(label)) {
                continue; // a question asks; it claims nothing
            }
            String body = paragraph.group("body");
            List<Statement> within = engine.extract(body, known);
            boolean denial = within.stream().anyMatch(s -> s.kind() == StatementKind.DENIAL);
            Set<Figure> figures = new LinkedHashSet<>();
            within.forEach(s -> figures.addAll(s.figures()));
            String speaker = ANONYMOUS.contains(label) ? null : known.canonicalName(label).orElse(label);
            statements.add(new Statement(denial ? StatementKind.DENIAL : StatementKind.DIRECT, body,
                    paragraph.start("body"), paragraph.end("body"), speaker, "", List.copyOf(figures),
                    speaker == null ? 0 : 1));
        }
        return statements;
    }

    /** "JANE DOE" as "Jane Doe"; a label in mixed case ("Jane Doe", a WebVTT voice) stays as written. */
    static String speakerName(String label) {
        String name = label.strip().replaceAll("\\s+", " ").replace(":", "");
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || ANONYMOUS.contains(name)) {
            return name;
        }
        StringBuilder titled = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            titled.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c); // O'NEILL as O'Neill, JEAN-LUC as Jean-Luc
        }
        return titled.toString();
    }

    private static String withoutCueLines(String text) {
        return TAG.matcher(CUE_LINE.matcher(text).replaceAll("")).replaceAll("");
    }
}
