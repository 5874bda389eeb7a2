package com.claimdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.SampleArticles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The workbench in a real browser: Debian's headless Chromium, driven by Playwright, through the same pages a
 * person uses (JavaScript on). Screenshots of the main pages go to {@code target/screenshots}, or to the folder
 * named by {@code -Dscreenshots} (the README's pictures come from {@code docs/screenshots}).
 */
@QuarkusTest
class BrowserJourneyTest extends BrowserTest {

    private static final String STOLTENBERG =
            "NATO's relationship with Ukraine is going to be decided by the 30 NATO allies and Ukraine";

    @Test
    void aClaimGoesFromArticleToPublishedFactCheck() throws Exception {
        String checkerName = TestSession.newAccount("checker", Role.CHECKER);
        String editorName = TestSession.newAccount("editor", Role.EDITOR);
        SampleArticles article = SampleArticles.load(SampleArticles.NATO);

        // A checker signs in and ingests an article.
        Page checker = signIn(checkerName);
        checker.navigate(url("/articles/new"));
        checker.getByLabel("Headline").fill(article.headline());
        checker.getByLabel("Web address").fill("https://news.example.org/nato-" + System.nanoTime());
        checker.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(article.text());
        screenshot(checker, "article-new");
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add article")).click();

        // The extracted statements are listed; the checker accepts them as claims.
        Locator candidates = checker.getByTestId("candidates");
        assertThat(candidates).containsText("decided by the 30 NATO allies");
        screenshot(checker, "article-candidates");
        checker.getByTestId("accept-all").click();
        assertThat(checker.getByTestId("flash")).isVisible();

        // The Stoltenberg quote is now a recorded claim, marked in the text.
        checker.locator("mark.claim-mark a", new Page.LocatorOptions().setHasText("decided by the 30")).first().click();
        assertThat(checker.locator("h1")).containsText("30 NATO allies");
        String claimUrl = checker.url();
        String claimId = claimUrl.substring(claimUrl.lastIndexOf('/') + 1);

        // Links a source that supports it.
        checker.locator("#evidence summary").click();
        checker.getByLabel("Source's web address").fill("https://www.nato.int/cps/en/natohq/opinions-" + claimId + ".htm");
        checker.getByLabel("Title").fill("Press conference by NATO Secretary General Jens Stoltenberg");
        checker.getByLabel("Publisher").fill("NATO");
        checker.getByLabel("Kind of source").selectOption("OFFICIAL_STATEMENT");
        checker.getByLabel("The source…").selectOption("SUPPORTS");
        checker.getByLabel("Excerpt that matters").fill(STOLTENBERG);
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link source")).click();
        assertThat(checker.locator("#evidence")).containsText("Press conference by NATO Secretary General");

        // Writes a verdict and submits it.
        checker.locator("#verdict summary").click();
        checker.getByLabel("Rating").selectOption(new SelectOption().setLabel("True (5)"));
        checker.getByLabel("Conclusion, in one line").fill("Accurate: NATO's own record says the same.");
        checker.getByLabel("Explanation").fill("The Secretary General said so at the press conference.");
        checker.getByLabel(Pattern.compile("Supports: Press conference")).check();
        screenshot(checker, "claim");
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(checker.getByTestId("verdict-status")).hasText("Draft");
        String verdictUrl = checker.url();
        checker.getByTestId("submit").click();
        assertThat(checker.getByTestId("verdict-status")).hasText("Submitted for review");

        // The editor finds it waiting for approval and asks for a change.
        Page editor = signIn(editorName);
        editor.navigate(url("/desk/approvals"));
        screenshot(editor, "approvals");
        editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accurate: NATO's own record says the same.")).click();
        assertEquals(verdictUrl, editor.url());
        editor.getByLabel("What needs to change").fill("Quote the transcript in the explanation.");
        editor.getByTestId("request-changes").click();
        assertThat(editor.getByTestId("verdict-status")).hasText("Draft");

        // The checker sees the request, revises and submits again.
        checker.navigate(verdictUrl);
        assertThat(checker.getByTestId("editor-comment")).containsText("Quote the transcript");
        checker.getByLabel("Explanation").fill("The Secretary General said: \"" + STOLTENBERG + ".\"");
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        checker.getByTestId("submit").click();
        assertThat(checker.getByTestId("verdict-status")).hasText("Submitted for review");

        // The editor approves and publishes.
        editor.navigate(verdictUrl);
        editor.getByTestId("approve").click();
        assertThat(editor.getByTestId("verdict-status")).hasText("Approved");
        editor.getByTestId("publish").click();
        editor.getByTestId("confirm").click();
        assertThat(editor.getByTestId("verdict-status")).hasText("Published");
        screenshot(editor, "verdict-published");

        // The search box in the header finds it, as does the claims list.
        checker.locator("#header-q").fill("NATO allies decided");
        checker.locator("#header-q").press("Enter");
        assertThat(checker.locator("main mark").first()).isVisible();
        assertThat(checker.locator("main")).containsText("30 NATO allies");
        screenshot(checker, "search");
        checker.navigate(url("/claims"));
        assertThat(checker.locator("main")).containsText("30 NATO allies");
        screenshot(checker, "claims");

        // An anonymous reader opens the public page and its ClaimReview.
        Page reader = chromium.anonymous(1280);
        reader.navigate(url("/fact-checks/" + claimId));
        assertThat(reader.locator("h1")).containsText("30 NATO allies");
        assertThat(reader.locator("body")).containsText("True");
        screenshot(reader, "fact-check");
        JsonNode embedded = new ObjectMapper().readTree(
                reader.locator("script[type='application/ld+json']").textContent());
        assertEquals("ClaimReview", embedded.path("@type").asText());
        assertEquals("True", embedded.path("reviewRating").path("alternateName").asText());
        reader.getByTestId("view-claimreview").click();
        JsonNode linked = new ObjectMapper().readTree(reader.locator("body").innerText());
        assertEquals(embedded.path("claimReviewed").asText(), linked.path("claimReviewed").asText());
        assertTrue(linked.path("claimReviewed").asText().contains("30 NATO allies"));
    }

    @Test
    void selectingWordsInAnArticleRecordsThatPassage() {
        String checkerName = TestSession.newAccount("checker", Role.CHECKER);
        Page checker = signIn(checkerName);
        // Pasted from a Windows word processor: \r\n line ends (a text area sends them whatever was pasted), a
        // lone \r, tabs, a no-break space, accents as letter + combining mark, and emoji (two UTF-16 units each).
        String pasted = "Harbour club\tmeeting, 14 May\r\n\r\n"
                + "The chair said the new stand would cost 2\u00A0million euros.\r\n\r"
                + "Fans \uD83C\uDF89 cheered the Cafe\u0301 Mu\u0308ller team.\r\n"
                + "\"The roof leaks\tonly in winter,\" the groundsman said, citing a consultant's report.\r\n\r\n"
                + "[copy " + UUID.randomUUID() + "]";
        checker.navigate(url("/articles/new"));
        checker.getByLabel("Headline").fill("Harbour club stand " + System.nanoTime());
        checker.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(pasted);
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add article")).click();
        // The page script listens for selections once loaded; select only then.
        assertThat(checker.locator("#article-text")).isVisible();
        checker.waitForLoadState(LoadState.LOAD);

        // The reviewer's mouse selection, made the way a browser makes it, is what the page script reads.
        String selected = Chromium.selectInArticle(checker, "Fans", "report.");
        assertEquals("Fans \uD83C\uDF89 cheered the Caf\u00E9 M\u00FCller team.\n"
                + "\"The roof leaks\tonly in winter,\" the groundsman said, citing a consultant's report.", selected);
        assertThat(checker.getByLabel("To character")).not().isEmpty();
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record this passage")).click();

        // The offsets the script worked out pick out exactly the selected words on the server...
        assertEquals(selected, checker.getByTestId("passage").textContent());
        screenshot(checker, "claim-new");
        checker.getByLabel("Claim reviewed").fill("The stand's roof leaks only in winter.");
        checker.getByLabel("Claimant", new Page.GetByLabelOptions().setExact(true))
                .fill("Harbour club groundsman " + System.nanoTime());
        checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record claim")).click();
        assertThat(checker.getByTestId("flash")).containsText("Claim recorded");

        // ...and the claim on record, as the API gives it, points at those words.
        String claimId = checker.url().substring(checker.url().lastIndexOf('/') + 1);
        String recorded = TestSession.api(checkerName).get("/api/claims/" + claimId)
                .then().statusCode(200).extract().path("appearances[0].text");
        assertEquals(selected, recorded);
    }

    private Page signIn(String username) {
        return chromium.signIn(base, username);
    }

    private String url(String path) {
        return Chromium.url(base, path);
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }
}
