package com.claimdesk.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class WebLeftoversTest {

    @Test
    void theSecondSampleArticleLosesItsCommentFormAndKeepsEveryWordOfTheStory() throws Exception {
        String sample = CanonicalText.of(Files.readString(Path.of("/work/shared/samples/articles/us-rejects-russian-demand.txt")));
        String cleaned = WebLeftovers.strip(sample);

        String story = sample.substring(0, sample.indexOf("Be the first to comment"));
        assertEquals(story.stripTrailing(), cleaned.stripTrailing());
        assertFalse(cleaned.contains("Your email address"), cleaned);
    }

    @Test
    void onlyAWholeLineGoesNeverTheSameWordsInASentence() {
        String text = "Advertisement\nThe advertisement ran for a week, she said.\nShare\n"
                + "Investors who share the view sold.\nComments\nHis comments were brief.";
        assertEquals("The advertisement ran for a week, she said.\nInvestors who share the view sold.\n"
                + "His comments were brief.", WebLeftovers.strip(text));
    }

    @Test
    void buttonsAndLabelsAreKnownWithTheirMarks() {
        for (String line : new String[] {"Share this:", "  LEAVE A REPLY  ", "Loading...", "12 Comments",
                "Comments (3)", "Story continues below advertisement", "Name *", "Required fields are marked *"}) {
            assertTrue(WebLeftovers.isLeftover(line), line);
        }
        for (String line : new String[] {"Share prices fell.", "Leave a reply, he wrote, and I will answer.",
                "The 12 comments he made", "Name the day"}) {
            assertFalse(WebLeftovers.isLeftover(line), line);
        }
    }

    @Test
    void aLoneMarkStaysUnlessALeftoverCameJustBefore() {
        assertEquals("Part one.\n\n*\n\nPart two.", WebLeftovers.strip("Part one.\n\n*\n\nPart two."));
        assertEquals("Part one.", WebLeftovers.strip("Part one.\nRequired fields are marked\n*"));
    }

    @Test
    void theBlankLinesARemovedLineLeavesGoWithIt() {
        assertEquals("One.\n\nTwo.", WebLeftovers.strip("One.\n\nAdvertisement\n\nTwo."));
    }
}
