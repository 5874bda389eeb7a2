package com.claimdesk.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a reviewer is told a correction changes for readers. */
class PublicationTest {

    static final Publication.PublishedRating MOSTLY_TRUE = new Publication.PublishedRating("Mostly true", 4, 5, 1,
            "Accurate but needs context.", "#689f38");
    static final Publication.CitedEvidence TREATY = new Publication.CitedEvidence("CONTRADICTS",
            "https://www.nato.int/treaty", "The North Atlantic Treaty", "NATO", null, "By unanimous agreement", null);
    static final Publication.Appearance WIRE = new Publication.Appearance("https://news.example.org/a", "NATO",
            "2022-01-14", "Wire");

    static Publication published() {
        return new Publication("Only the allies decide", "Jens Stoltenberg", "PERSON", null, "2022-01-14",
                MOSTLY_TRUE, List.of(TREATY), List.of(WIRE));
    }

    @Test
    void theSamePublicationChangesNothing() {
        assertEquals(List.of(), published().changesTo(published()));
    }

    @Test
    void everyChangeReadersWouldSeeIsNamed() {
        Publication next = new Publication("Only the NATO allies decide", "J. Stoltenberg", "PERSON", null,
                "2022-01-14", new Publication.PublishedRating("Mostly true", 4, 99, 1, "Accurate but needs context.",
                        "#689f38"),
                List.of(new Publication.CitedEvidence("CONTRADICTS", "https://www.nato.int/treaty", "Treaty", "NATO",
                        null, "By unanimous agreement", null)),
                List.of(WIRE, new Publication.Appearance("https://example.org/b", null, null, null)));
        assertEquals(List.of("Claim reviewed: “Only the allies decide” → “Only the NATO allies decide”",
                "Claimant: “Jens Stoltenberg” → “J. Stoltenberg”",
                "Rating: “Mostly true” (4 of 5) → “Mostly true” (4 of 99)",
                "Cited sources: 1 → 1 (titles, excerpts or stances differ)",
                "Appearances: 1 → 2"), published().changesTo(next));
    }
}
