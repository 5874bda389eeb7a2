package com.claimdesk.articles;

import static com.claimdesk.articles.TextHighlights.Source.CANDIDATE;
import static com.claimdesk.articles.TextHighlights.Source.CLAIM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.claimdesk.articles.TextHighlights.Mark;
import com.claimdesk.articles.TextHighlights.Run;

class TextHighlightsTest {

    @Test
    void unmarkedTextIsOneRun() {
        assertEquals(List.of(new Run(0, "plain", List.of(), List.of())), TextHighlights.runs("plain", List.of()));
    }

    @Test
    void overlappingPassagesBecomeFlatRuns() {
        //            0123456789
        String text = "abcdefghij";
        List<Run> runs = TextHighlights.runs(text,
                List.of(new Mark(2, 6, 1, CLAIM), new Mark(4, 8, 2, CLAIM), new Mark(5, 9, 7, CANDIDATE)));

        assertEquals(List.of(
                new Run(0, "ab", List.of(), List.of()),
                new Run(2, "cd", List.of(1L), List.of()),
                new Run(4, "e", List.of(1L, 2L), List.of()),
                new Run(5, "f", List.of(1L, 2L), List.of(7L)),
                new Run(6, "gh", List.of(2L), List.of(7L)),
                new Run(8, "i", List.of(), List.of(7L)),
                new Run(9, "j", List.of(), List.of())), runs);
        assertEquals(text, runs.stream().map(Run::text).reduce("", String::concat));
    }

    @Test
    void marksOutsideTheTextAreIgnored() {
        List<Run> runs = TextHighlights.runs("short", List.of(new Mark(3, 99, 7, CLAIM), new Mark(4, 2, 8, CLAIM)));
        assertEquals(List.of(new Run(0, "short", List.of(), List.of())), runs);
    }

    @Test
    void aPdfPageBreakIsARunOfItsOwn() {
        List<Run> runs = TextHighlights.runs("one\n\f\ntwo", List.of());
        assertEquals(List.of(new Run(0, "one\n", List.of(), List.of()), new Run(4, "\f", List.of(), List.of()),
                new Run(5, "\ntwo", List.of(), List.of())), runs);
        assertEquals(true, runs.get(1).pageBreak());
    }
}
