package com.claimdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryWordsTest {

    @Test
    void changedFieldsReadAsTheNewsroomNamesThem() {
        assertEquals("the editor's comment and the stage of the verdict",
                HistoryWords.changes("verdict", List.of("editorComment", "status")));
        assertEquals("the claim reviewed, the date made and the reviewer assigned",
                HistoryWords.changes("claim", List.of("claimReviewed", "madeOn", "assignee")));
        assertEquals("the address", HistoryWords.changes("source", List.of("url")));
        assertEquals("", HistoryWords.changes("claim", List.of()));
    }

    @Test
    void theSameFieldNameMeansWhatItsRecordMeans() {
        assertEquals("title or role", HistoryWords.field("claimant", "title"));
        assertEquals("title", HistoryWords.field("source", "title"));
        assertEquals("kind of source", HistoryWords.field("source", "type"));
    }

    @Test
    void actionsAreSaidInWords() {
        assertEquals("verdict submitted for approval", HistoryWords.action("verdict.submitted"));
        assertEquals("changes requested", HistoryWords.action("verdict.changes-requested"));
        assertEquals("claim recorded", HistoryWords.action("claim.created"));
    }

    @Test
    void anUnmappedNameStillReadsAsWords() {
        assertEquals("some new field", HistoryWords.field("claim", "someNewField"));
        assertEquals("thing happened", HistoryWords.action("thing.happened"));
    }
}
