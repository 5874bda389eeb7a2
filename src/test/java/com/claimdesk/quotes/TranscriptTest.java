package com.claimdesk.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TranscriptTest {

    private static List<String> norms(Transcript t) {
        return t.words().stream().map(Transcript.Word::norm).toList();
    }

    @Test
    void readsTurnsOfEveryLabelStyle() {
        String text = """
                THE PRESIDENT:  The harbour bridge opens in spring.
                Q    Will it open on time?
                MS. PSAKI: We expect so.
                Mr. BROWN of Ohio. I yield the floor.
                JUSTICE SCALIA: Counsel, answer the question.
                SECRETARY BLINKEN: Thank you.
                """;
        Transcript t = Transcript.read(text);
        assertEquals(List.of("THE PRESIDENT", "Q", "MS. PSAKI", "Mr. BROWN of Ohio", "JUSTICE SCALIA",
                "SECRETARY BLINKEN"), t.turns().stream().map(Transcript.Turn::speaker).toList());
        Transcript.Turn psaki = t.turns().get(2);
        assertTrue(text.substring(psaki.start(), psaki.end()).startsWith("MS. PSAKI: We expect so."));
        Transcript.Word we = t.words().stream().filter(w -> w.norm().equals("we")).findFirst().orElseThrow();
        assertEquals(2, we.turn());
        assertEquals("We", text.substring(we.start(), we.end()));
        assertFalse(norms(t).contains("psaki"), "a label is not a spoken word");
    }

    @Test
    void stageDirectionsMarksAndFillersAreNotWords() {
        Transcript t = Transcript.read("MS. PSAKI: Uh, the ferry (Laughter.) runs [inaudible] daily <Applause.> — you know, mostly.");
        assertEquals(List.of("the", "ferry", "runs", "daily", "mostly"), norms(t));
    }

    @Test
    void keepsContractionsAndSplitsHyphens() {
        Transcript t = Transcript.read("We’ve seen a build-up that wasn't planned.");
        assertEquals(List.of("we've", "seen", "a", "build", "up", "that", "wasn't", "planned"), norms(t));
        assertFalse(t.labelled());
    }

    @Test
    void readsSrtCuesWithTimes() {
        String srt = """
                1
                00:00:01,000 --> 00:00:03,500
                The ferry runs daily.

                2
                00:01:02,250 --> 00:01:04,000
                Except on Sundays.
                """;
        Transcript t = Transcript.read(srt);
        assertTrue(t.captions());
        assertEquals(List.of("the", "ferry", "runs", "daily", "except", "on", "sundays"), norms(t));
        Transcript.Word sundays = t.words().get(6);
        assertEquals(62.25, sundays.cueStart(), 1e-9);
        assertEquals(64.0, sundays.cueEnd(), 1e-9);
        assertEquals("Sundays", srt.substring(sundays.start(), sundays.end()));
    }

    @Test
    void readsWebVttVoicesAsTurns() {
        String vtt = """
                WEBVTT

                intro
                00:00.000 --> 00:02.000
                <v Mayor Lund>The tunnel is finished.

                00:02.000 --> 01:00:04.500
                <v Mayor Lund>Nearly.
                """;
        Transcript t = Transcript.read(vtt);
        assertEquals(List.of("the", "tunnel", "is", "finished", "nearly"), norms(t));
        assertEquals(List.of("Mayor Lund"), t.turns().stream().map(Transcript.Turn::speaker).toList());
        assertEquals(3604.5, t.words().get(4).cueEnd(), 1e-9);
        assertEquals(0, t.words().get(4).turn());
    }

    private static List<String> speakers(Transcript t) {
        return t.turns().stream().map(Transcript.Turn::speaker).toList();
    }

    @Test
    void readsTheCongressionalRecordsOwnLabels() {
        String record = """
                Mr. VAN HOLLEN. Mr. President, I object.
                Ms. CORTEZ MASTO. I agree with my colleague.
                The PRESIDING OFFICER. The objection is heard.
                The ACTING PRESIDENT pro tempore. The Senator from Ohio.
                Mr. President, I rise today to speak about the bridge.
                """;
        Transcript t = Transcript.read(record);
        assertEquals(List.of("Mr. VAN HOLLEN", "Ms. CORTEZ MASTO", "The PRESIDING OFFICER",
                "The ACTING PRESIDENT pro tempore"), speakers(t), "\"Mr. President, I rise\" is an address, not a label");
    }

    @Test
    void aParagraphOpeningWithTheArticleAIsNotAnAnswer() {
        Transcript t = Transcript.read("MS. PSAKI: Two items.\n\nA key element of this plan is pay.\n\nA    It is.\nA. Yes.");
        assertEquals(List.of("MS. PSAKI", "A", "A"), speakers(t));
        assertTrue(norms(t).contains("key"));
    }

    @Test
    void courtTranscriptLineNumbersAndPageFurnitureAreNotWords() {
        StringBuilder text = new StringBuilder("Official - Subject to Final Review\n");
        text.append("1 CHIEF JUSTICE ROBERTS: We'll hear argument this morning\n");
        text.append("2 in Case 12-307, United States versus Windsor.\n");
        text.append("3 MS. JACKSON: Mr. Chief Justice, and may it please\n");
        text.append("4 the Court: There is no justiciable case.\n");
        for (int n = 5; n <= 25; n++) {
            text.append(n).append(" the Court has heard this.\n");
        }
        text.append("3\nAlderson Reporting Company\n");
        Transcript t = Transcript.read(text.toString());
        assertEquals(List.of("CHIEF JUSTICE ROBERTS", "MS. JACKSON"), speakers(t));
        List<String> words = norms(t);
        assertEquals(List.of("we'll", "hear", "argument", "this", "morning", "in", "case", "12", "307", "united"),
                words.subList(0, 10), "margin numbers do not interrupt the words");
        assertFalse(words.contains("alderson") || words.contains("official"), "the reporter's page furniture is not spoken");
        assertEquals("this", words.get(words.size() - 1), "the page number is not a word either");
    }

    @Test
    void captionCuesMayNameTheirSpeakerAndUseWindowsLineEnds() {
        String srt = "1\r\n00:00:01,000 --> 00:00:03,000\r\n>> MS. PSAKI: Go ahead.\r\n\r\n"
                + "2\r\n00:00:03,000 --> 00:00:05,000\r\nThanks &amp; welcome.\r\n\r\n"
                + "3\r\n00:00:05,000 --> 00:00:07,000\r\nQ: A question.\r\n";
        Transcript t = Transcript.read(srt);
        assertEquals(List.of("go", "ahead", "thanks", "welcome", "a", "question"), norms(t),
                "cue numbers, labels and entities are not words");
        assertEquals(List.of("MS. PSAKI", "Q"), speakers(t));
        assertEquals(0, t.words().get(3).turn(), "an unlabelled cue goes on with the last speaker");
    }

    @Test
    void theHeadingNamesWhoHeldTheRole() {
        Transcript t = Transcript.read("Remarks by President Biden in Press Conference\n\nTHE PRESIDENT: Hello.");
        assertEquals("biden", t.roleHolders().get("president"));
        assertEquals(SpeakerMatch.Verdict.SAME, SpeakerMatch.compare("THE PRESIDENT", "Joe Biden", t.roleHolders()));
        assertEquals(SpeakerMatch.Verdict.OTHER, SpeakerMatch.compare("THE PRESIDENT", "Donald Trump", t.roleHolders()));
        assertEquals(SpeakerMatch.Verdict.UNKNOWN, SpeakerMatch.compare("THE PRESIDENT", "Donald Trump"));
    }

    @Test
    void labelsSetOffByNoBreakSpacesAsWebPagesWriteThem() {
        Transcript t = Transcript.read("MS.\u00A0PSAKI:\u00A0 Go ahead.\n\nQ\u00A0\u00A0\u00A0 Thanks, Jen.\n\nTHE FIRST LADY: Hello.");
        assertEquals(List.of("MS.\u00A0PSAKI", "Q", "THE FIRST LADY"), speakers(t));
        assertEquals(SpeakerMatch.Verdict.SAME, SpeakerMatch.compare(t.turns().get(0).speaker(), "Jen Psaki"));
        assertEquals(SpeakerMatch.Verdict.UNKNOWN, SpeakerMatch.compare("THE FIRST LADY", "Jill Biden"));
    }
}
