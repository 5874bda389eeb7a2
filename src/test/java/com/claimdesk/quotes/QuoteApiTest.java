package com.claimdesk.quotes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** POST /api/quotes/verify against the State Department's transcript of Blinken's remarks of 26 January 2022. */
@QuarkusTest
class QuoteApiTest {

    private static String blinken;
    private static String checker;

    @BeforeAll
    static void read() {
        try (InputStream in = QuoteApiTest.class.getResourceAsStream("/quotes/blinken-press-availability-2022-01-26.txt")) {
            blinken = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checker = TestSession.newAccount("quotes", Role.CHECKER);
    }

    private static ValidatableResponse verify(Map<String, Object> body) {
        return TestSession.api(checker).body(body).post("/api/quotes/verify").then();
    }

    private static ValidatableResponse verify(String quote, String speaker, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("quote", quote);
        body.put("speaker", speaker);
        body.put("text", text);
        return verify(body).statusCode(200);
    }

    @Test
    void theLineTheArticleReportsIsVerbatimAndLocated() {
        String line = "We make clear that there are core principles that we are committed to uphold and defend";
        int at = blinken.indexOf(line);
        verify("“We make clear that there are core principles that we are committed to uphold and defend.”",
                "Antony Blinken", blinken)
                .body("found", equalTo(true))
                .body("label", equalTo("verbatim"))
                .body("start", equalTo(at))
                .body("end", equalTo(at + line.length()))
                .body("matched", equalTo(line))
                .body("parts", hasSize(1))
                .body("parts[0].start", equalTo(at))
                .body("speakerInSource", equalTo("SECRETARY BLINKEN"))
                .body("edits", hasSize(0))
                .body("negationChanged", equalTo(false))
                .body("similarity", equalTo(1.0f))
                .body("$", hasKey("time"))
                .body("time", nullValue());
    }

    @Test
    void aChangedWordIsAlteredAndAnAddedNegationIsFlagged() {
        verify("Today, Ambassador Sullivan delivered our written response in Kyiv.", "Antony Blinken", blinken)
                .body("label", equalTo("altered"))
                .body("edits", hasSize(1))
                .body("edits[0].op", equalTo("replace"))
                .body("edits[0].quoted", equalTo("Kyiv"))
                .body("edits[0].source", equalTo("Moscow"))
                .body("negationChanged", equalTo(false));
        verify("All told, it does not set out a serious diplomatic path forward", "Antony Blinken", blinken)
                .body("label", equalTo("altered"))
                .body("negationChanged", equalTo(true));
    }

    @Test
    void twoRemarksJoinedByAnEllipsisAreSpliced() {
        String first = "it sets out a serious diplomatic path forward";
        String second = "we see potential for progress";
        verify("It sets out a serious diplomatic path forward … we see potential for progress", "Antony Blinken",
                blinken)
                .body("label", equalTo("spliced"))
                .body("parts", hasSize(2))
                .body("parts[0].start", equalTo(blinken.indexOf(first)))
                .body("parts[1].end", equalTo(blinken.indexOf(second) + second.length()))
                .body("start", equalTo(blinken.indexOf(first)))
                .body("end", equalTo(blinken.indexOf(second) + second.length()));
    }

    @Test
    void aReportersQuestionOrBlinkensLineClaimedForSomeoneElseIsMisattributed() {
        String withQuestions = blinken + "\nQ    Mr. Secretary, will Russia accept the written response this week?\n\n"
                + "SECRETARY BLINKEN:  That is for Moscow to decide.\n";
        verify("Russia will accept the written response this week", "Antony Blinken", withQuestions)
                .body("label", equalTo("misattributed"))
                .body("speakerInSource", equalTo("Q"));
        verify("We make clear that there are core principles that we are committed to uphold and defend",
                "Sergei Lavrov", blinken)
                .body("label", equalTo("misattributed"))
                .body("speakerInSource", equalTo("SECRETARY BLINKEN"));
        verify("That is for Moscow to decide", "Antony Blinken", withQuestions)
                .body("label", equalTo("verbatim"));
    }

    @Test
    void aLineFromTheArticleThatBlinkenNeverSaidIsNotFound() {
        verify("Russia has amassed more than 100,000 troops at its border with Ukraine", "Antony Blinken", blinken)
                .body("found", equalTo(false))
                .body("label", equalTo("not_found"))
                .body("start", nullValue())
                .body("matched", nullValue())
                .body("parts", hasSize(0))
                .body("speakerInSource", nullValue());
    }

    @Test
    void captionsGiveTheCueTimesInSeconds() {
        String vtt = "WEBVTT\n\n00:01:05.000 --> 00:01:08.250\nToday, Ambassador Sullivan delivered\n\n"
                + "00:01:08.250 --> 00:01:10.000\nour written response in Moscow.\n";
        verify("Ambassador Sullivan delivered our written response", null, vtt)
                .body("label", equalTo("verbatim"))
                .body("time.start", equalTo(65.0f))
                .body("time.end", equalTo(70.0f));
    }

    @Test
    void anArchivedSourceIsReadByItsId() {
        int sourceId = TestSession.api(checker)
                .body(Map.of("url", "https://www.state.gov/press-availability/" + UUID.randomUUID(), "title",
                        "Secretary Blinken at a Press Availability", "type", "PRIMARY_DOCUMENT", "archiveText", blinken))
                .post("/api/sources").then().statusCode(201).extract().path("id");
        verify(Map.of("quote", "a principled and pragmatic evaluation of the concerns", "speaker", "Blinken",
                "sourceId", sourceId))
                .statusCode(200)
                .body("label", equalTo("verbatim"))
                .body("start", equalTo(blinken.indexOf("a principled and pragmatic")));

        int bare = TestSession.api(checker)
                .body(Map.of("url", "https://www.state.gov/unarchived/" + UUID.randomUUID(), "title", "Remarks",
                        "type", "PRIMARY_DOCUMENT"))
                .post("/api/sources").then().statusCode(201).extract().path("id");
        verify(Map.of("quote", "core principles", "sourceId", bare)).statusCode(400)
                .body("fields.sourceId", containsString("no archived copy"));
        verify(Map.of("quote", "core principles", "sourceId", Integer.MAX_VALUE)).statusCode(404);
    }

    @Test
    void badInputIsAClearBadRequest() {
        verify(Map.of("quote", "  ", "text", blinken)).statusCode(400).body("fields.quote", containsString("quote"));
        verify(Map.of("quote", "core principles")).statusCode(400).body("fields", hasKey("text"));
        verify(Map.of("quote", "… [...] “”", "text", blinken)).statusCode(400).body("fields.quote", containsString("no words"));
        verify(Map.of("quote", "word ".repeat(2000), "text", blinken)).statusCode(400)
                .body("fields.quote", containsString("5,000"));
        verify(Map.of("quote", "core principles", "text", blinken, "sourceId", 1)).statusCode(400);
        verify(Map.of("quote", "core principles", "text", blinken, "kind", "sideways")).statusCode(400)
                .body("fields", hasKey("kind"));
        verify(Map.of("quote", "core principles", "text", "PK\u0003\u0004 core principles")).statusCode(400)
                .body("fields.text", containsString("binary"));
        verify(Map.of("quote", "core principles", "text", "core\u0000principles")).statusCode(400);
        String tooLong = "a".repeat(PrimarySources.MAX_BYTES + 1);
        verify(Map.of("quote", "core principles", "text", tooLong)).statusCode(400)
                .body("fields.text", containsString("10 MB"));
    }

    @Test
    void onlyReviewersMayCheck() {
        given().contentType("application/json").body(Map.of("quote", "x", "text", "x"))
                .post("/api/quotes/verify").then().statusCode(401);
        assertEquals(200, TestSession.api(TestSession.newAccount("quotes-editor", Role.EDITOR))
                .body(Map.of("quote", "core principles", "text", blinken)).post("/api/quotes/verify").statusCode());
    }
}
