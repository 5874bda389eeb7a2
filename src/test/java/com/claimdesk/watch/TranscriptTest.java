package com.claimdesk.watch;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.articles.ArticleKind;
import com.claimdesk.extraction.Candidate;
import com.claimdesk.extraction.StatementKind;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Transcripts become articles of kind transcript whose statements are their speakers' turns, as labelled. */
@QuarkusTest
class TranscriptTest {

    @Test
    void anSrtTranscriptWithLabelsInItsCuesGivesOneStatementPerTurnByItsSpeaker() {
        long tag = System.nanoTime();
        String srt = """
                1
                00:00:01,000 --> 00:00:04,000
                JANE DOE: Unemployment fell to 4.1 percent last year.

                2
                00:00:04,500 --> 00:00:07,000
                We created 200,000 jobs in %d.

                3
                00:00:07,500 --> 00:00:09,000
                JOHN ROE: That is simply not what the figures show.
                """.formatted(tag);
        long id = upload("Debate " + tag, "debate.srt", srt);

        Article article = QuarkusTransaction.requiringNew().call(() -> Article.findById(id));
        assertEquals(ArticleKind.TRANSCRIPT, article.kind);
        assertEquals("Jane Doe: Unemployment fell to 4.1 percent last year. We created 200,000 jobs in " + tag
                + ".\n\nJohn Roe: That is simply not what the figures show.", article.text);
        List<Candidate> turns = candidates(id);
        assertEquals(List.of("Jane Doe", "John Roe"), turns.stream().map(c -> c.speaker).toList());
        assertEquals("Unemployment fell to 4.1 percent last year. We created 200,000 jobs in " + tag + ".",
                turns.get(0).content);
        assertEquals(turns.get(0).content, article.text.substring(turns.get(0).start, turns.get(0).end));
        assertFalse(turns.get(0).figures.isEmpty(), "the figures of the turn are read");
        assertTrue(turns.stream().allMatch(c -> c.speakerConfidence == 1.0));
    }

    @Test
    void aWebVttTranscriptNamesItsSpeakersByVoice() {
        long tag = System.nanoTime();
        String vtt = """
                WEBVTT

                00:00:01.000 --> 00:00:04.000
                <v Maria Lopez>Inflation doubled in two years.

                00:00:04.500 --> 00:00:06.000
                <v Maria Lopez>We never raised taxes, not once since %d.

                00:00:06.500 --> 00:00:09.000
                <v Tom Green>The plan cost 3 billion dollars.
                """.formatted(tag);
        long id = upload("Interview " + tag, "interview.vtt", vtt);

        List<Candidate> turns = candidates(id);
        assertEquals(List.of("Maria Lopez", "Tom Green"), turns.stream().map(c -> c.speaker).toList());
        assertEquals("Inflation doubled in two years. We never raised taxes, not once since " + tag + ".",
                turns.get(0).content);
        assertEquals(StatementKind.DIRECT, turns.get(1).kind);
        assertEquals("The plan cost 3 billion dollars.", turns.get(1).content);
    }

    @Test
    void captionsThatNameNoSpeakerAreRefusedBesideTheFileField() {
        TestSession session = TestSession.signedIn("transcript", Role.CHECKER);
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nSomeone said something " + System.nanoTime() + ".\n";
        session.postMultipart("/transcripts", Map.of("title", "Unlabelled"), "file", "x.srt",
                srt.getBytes(StandardCharsets.UTF_8), "application/x-subrip")
                .then().statusCode(400)
                .body(containsString("data-testid=\"error-file\""))
                .body(containsString("No speaker labels found"));
    }

    private static long upload(String title, String fileName, String content) {
        TestSession session = TestSession.signedIn("transcript", Role.CHECKER);
        String location = session.postMultipart("/transcripts", Map.of("title", title, "publishedAt", "2024-03-01"),
                "file", fileName, content.getBytes(StandardCharsets.UTF_8), "text/plain")
                .then().statusCode(303).extract().header("Location");
        session.get(location).then().statusCode(200).body(containsString("data-testid=\"kind\""));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static List<Candidate> candidates(long articleId) {
        return QuarkusTransaction.requiringNew().call(
                () -> Candidate.<Candidate>list("article.id = ?1 order by start", articleId));
    }
}
