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
}
