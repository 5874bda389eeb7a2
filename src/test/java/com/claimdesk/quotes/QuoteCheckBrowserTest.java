package com.claimdesk.quotes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.web.BrowserTest;
import com.claimdesk.web.Chromium;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

import io.quarkus.test.junit.QuarkusTest;

/** A reviewer checks a quote on the claim page in a real browser, with every script blocked. */
@QuarkusTest
class QuoteCheckBrowserTest extends BrowserTest {

    @Test
    void aPastedTranscriptShowsTheAlteredQuoteAndTheStoredCheckStaysOnTheClaimPage() {
        String checker = TestSession.newAccount("quote-browser", Role.CHECKER);
        Claim claim = QuoteFixtures.quote("Antony Blinken",
                "“We make clear that there are core principles that we are not committed to uphold and defend.”");
        Page page = chromium.signIn(base, checker);
        page.route("**/*.js", Route::abort);
        page.navigate(Chromium.url(base, "/claims/" + claim.id));

        page.getByTestId("check-quote").click();
        assertThat(page.getByTestId("checked-quote")).containsText("not committed");
        page.locator("details.add-source summary").click();
        page.locator("#url").fill("https://example.gov/remarks/" + UUID.randomUUID());
        page.locator("#title").fill("Secretary Blinken at a Press Availability");
        page.locator("#text").fill(QuoteFixtures.blinken());
        page.getByText("Add and check").click();

        assertThat(page.getByTestId("suggested-label")).hasText("Altered");
        assertThat(page.getByTestId("passage")).hasText(QuoteCheckApiTest.LINE);
        assertThat(page.getByTestId("negation-flag")).isVisible();
        assertThat(page.getByTestId("speaker-verdict")).hasText("same person");
        page.getByTestId("whole-turn").locator("summary").click();
        assertThat(page.getByTestId("whole-turn")).containsText("Good afternoon, everyone.");
        Chromium.screenshot(page, "quote-check");
        page.locator("#note").fill("The outlet added a negation.");
        page.getByText("Store the check").click();

        assertThat(page.getByTestId("flash")).hasText("Quote check stored: altered.");
        assertThat(page.getByTestId("check-label")).hasText("Altered");
        assertThat(page.getByTestId("stored-check")).containsText("The outlet added a negation.");
        page.getByTestId("cite-check").locator("button").click();
        assertThat(page.getByTestId("flash")).hasText("Quote check cited as evidence.");
        assertThat(page.getByTestId("stance-CONTRADICTS")).containsText("Secretary Blinken at a Press Availability");
    }
}
