package com.claimdesk.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.claimdesk.articles.TextHighlights.Mark;
import com.claimdesk.articles.TextHighlights.Run;

class TextHighlightsTest {

    @Test
    void unmarkedTextIsOneRun() {
        assertEquals(List.of(new Run(0, "plain", List.of())), TextHighlights.runs("plain", List.of()));
    }

    @Test
    void overlappingPassagesBecomeFlatRuns() {
        //            0123456789
        String text = "abcdefghij";
        List<Run> runs = TextHighlights.runs(text, List.of(new Mark(2, 6, 1), new Mark(4, 8, 2)));

        assertEquals(List.of(
                new Run(0, "ab", List.of()),
                new Run(2, "cd", List.of(1L)),
                new Run(4, "ef", List.of(1L, 2L)),
                new Run(6, "gh", List.of(2L)),
                new Run(8, "ij", List.of())), runs);
        assertEquals(text, runs.stream().map(Run::text).reduce("", String::concat));
    }

    @Test
    void marksOutsideTheTextAreIgnored() {
        List<Run> runs = TextHighlights.runs("short", List.of(new Mark(3, 99, 7), new Mark(4, 2, 8)));
        assertEquals(List.of(new Run(0, "short", List.of())), runs);
    }
}
