package com.claimdesk.articles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.web.BrowserTest;
import com.claimdesk.web.Chromium;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import io.quarkus.test.junit.QuarkusTest;

/** An article read from a PDF in a real browser: where its pages begin, and selections that cross them. */
@QuarkusTest
class PdfArticleBrowserTest extends BrowserTest {

    @Test
    void thePageBreakIsShownByItsPageAndASelectionAfterItRecordsTheRightWords() {
        String checker = TestSession.newAccount("pdfb", Role.CHECKER);
        String text = "The port authority said the pier will reopen in May.\n\f\nThe mayor said harbour fees will"
                + " rise by 12 percent in June. [" + UUID.randomUUID() + "]";
        long id = ((Number) TestSession.api(checker).body(Map.of("title", "Port report", "text", text))
                .post("/api/articles").then().statusCode(201).extract().path("id")).longValue();
        Page page = chromium.signIn(base, checker);
        page.navigate(Chromium.url(base, "/articles/" + id));
        page.waitForLoadState(LoadState.LOAD);

        Locator pageBreak = page.locator("#article-text .page-break");
        assertEquals("page 2", pageBreak.evaluate("e => getComputedStyle(e, '::before').content").toString()
                .replace("\"", ""));
        assertTrue(pageBreak.boundingBox().height > 5, "the page's marker takes a line of its own");
        Chromium.screenshot(page, "pdf-page-break");

        String selected = Chromium.selectInArticle(page, "reopen in May.", "The mayor said");
        assertEquals("reopen in May.\n\f\nThe mayor said", selected);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record this passage")).click();
        assertThat(page.getByTestId("passage")).hasText(selected);
    }
}
