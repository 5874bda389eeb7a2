package com.claimdesk.articles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.web.BrowserTest;
import com.claimdesk.web.Chromium;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;

import io.quarkus.test.junit.QuarkusTest;

/** Recording claims from an article's page in a real browser: the selection button, found statements. */
@QuarkusTest
class ArticleSelectionBrowserTest extends BrowserTest {

    private static final String DENIED = "it will take military action";

    @Test
    void theButtonBesideASelectionRecordsExactlyTheSelectedWords() {
        String checker = TestSession.newAccount("sel", Role.CHECKER);
        // Sent through the API, where nothing normalises on the way: old Mac line ends, a no-break space, emoji.
        String text = "Port news\r\rThe ferry \uD83D\uDEA2 carried 1\u00A0204 people.\rThe captain said"
                + " \u201Cthe crossing took\tfour hours\u201D. [" + UUID.randomUUID() + "]";
        long id = ((Number) TestSession.api(checker).body(Map.of("title", "Ferry", "text", text))
                .post("/api/articles").then().statusCode(201).extract().path("id")).longValue();
        Page page = chromium.signIn(base, checker);
        page.navigate(Chromium.url(base, "/articles/" + id));
        page.waitForLoadState(LoadState.LOAD);

        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record this passage"));
        assertThat(button).isHidden();
        String selected = Chromium.selectInArticle(page, "The ferry", "hours\u201D.");
        assertEquals("The ferry \uD83D\uDEA2 carried 1 204 people.\nThe captain said \u201Cthe crossing took\tfour"
                + " hours\u201D.", selected);

        // The button stands just below the end of the selection, not at the foot of the page.
        assertThat(button).isVisible();
        BoundingBox box = button.boundingBox();
        double selectionBottom = ((Number) page.evaluate("() => { const rects = window.getSelection()"
                + ".getRangeAt(0).getClientRects(); return rects[rects.length - 1].bottom + window.scrollY; }"))
                .doubleValue();
        double buttonTop = box.y + ((Number) page.evaluate("() => window.scrollY")).doubleValue();
        assertTrue(buttonTop >= selectionBottom && buttonTop - selectionBottom < 30,
                "button top " + buttonTop + ", selection bottom " + selectionBottom);
        Chromium.screenshot(page, "selection-button");

        button.click();
        assertEquals(selected, page.getByTestId("passage").textContent());
    }

    @Test
    void editThenAcceptComesBackToTheArticle() {
        Page page = articleWithStatements();
        page.locator("[data-candidate]", new Page.LocatorOptions().setHasText(DENIED))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit, then accept")).click();
        page.getByLabel("Claim reviewed").fill("Russia denies it will take military action against Ukraine");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record claim")).click();

        assertTrue(page.url().contains("/articles/"), page.url());
        assertThat(page.getByTestId("flash")).containsText("Claim recorded");
        assertThat(page.getByTestId("article-claims")).containsText("Russia denies it will take military action");
    }

    @Test
    void aFoundStatementMergesIntoAClaimFromAnotherArticle() {
        String words = "pipeline inspectors " + System.nanoTime();
        Claim elsewhere = ClaimFixtures.claim(ClaimFixtures.claimant("Energy Board " + System.nanoTime()),
                "The " + words + " found no leak");
        Page page = articleWithStatements();
        page.locator("[data-candidate]", new Page.LocatorOptions().setHasText(DENIED)).getByTestId("merge-elsewhere")
                .click();
        page.getByLabel("Find the claim: its words or its number").fill(words);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search claims")).click();
        page.locator("[data-claim='" + elsewhere.id + "']")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Merge into this claim")).click();

        assertThat(page.getByTestId("flash")).containsText("another appearance of claim " + elsewhere.id);
        assertThat(page.getByTestId("article-claims")).containsText(words);
    }

    private Page articleWithStatements() {
        String checker = TestSession.newAccount("sel", Role.CHECKER);
        SampleArticles sample = SampleArticles.load(SampleArticles.US);
        long id = ((Number) TestSession.api(checker)
                .body(Map.of("title", sample.headline(), "publishedAt", "2022-01-27", "text", sample.text()))
                .post("/api/articles").then().statusCode(201).extract().path("id")).longValue();
        Page page = chromium.signIn(base, checker);
        page.navigate(Chromium.url(base, "/articles/" + id));
        return page;
    }
}
