package com.claimdesk.verdicts;

import static com.claimdesk.web.Chromium.url;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.web.BrowserTest;
import com.claimdesk.web.Chromium;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/** Review in a real browser: submitting what is on the screen, and a verdict sent back reaching its author. */
@QuarkusTest
class ReviewBrowserTest extends BrowserTest {

    @Test
    void submittingSendsTheExplanationJustTyped() {
        String checker = TestSession.newAccount("bc", Role.CHECKER);
        int verdict = Reviews.claim(checker, null).draft(checker);
        Page page = chromium.signIn(base, checker);
        page.navigate(url(base, "/verdicts/" + verdict));
        page.getByLabel("Explanation").fill("Typed, never saved: the port figures show a 48% fall.");
        page.getByTestId("submit").click();
        assertThat(page.getByTestId("verdict-status")).hasText("Submitted for review");
        assertThat(page.getByTestId("explanation")).containsText("Typed, never saved");
        TestSession.api(checker).get("/api/verdicts/" + verdict).then()
                .body("status", equalTo("SUBMITTED"))
                .body("explanation", equalTo("Typed, never saved: the port figures show a 48% fall."));
    }

    @Test
    void aVerdictSentBackWaitsInItsAuthorsInbox() {
        String checker = TestSession.newAccount("bc", Role.CHECKER);
        String editor = TestSession.newAccount("be", Role.EDITOR);
        Reviews reviews = Reviews.claim(checker, null);
        int verdict = reviews.sentBack(checker, editor, "Name the port authority in the explanation.");

        // Signing in lands on the start page, where the header counts it and the inbox lists it.
        Page page = chromium.signIn(base, checker);
        assertThat(page.getByTestId("inbox-count")).hasText("1");
        assertThat(page.getByTestId("home-inbox")).containsText("Name the port authority");
        page.getByTestId("inbox-link").click();
        assertThat(page.getByTestId("inbox-changes-requested")).containsText(reviews.claimReviewed);
        assertThat(page.getByTestId("inbox-changes-requested")).containsText("Name the port authority");
        page.getByTestId("inbox-changes-requested").getByRole(AriaRole.LINK).click();
        assertThat(page.getByTestId("editor-comment")).containsText("Name the port authority");
        Chromium.screenshot(page, "verdict-sent-back");

        // Fixed and submitted from the one form, it leaves the inbox.
        page.getByLabel("Explanation").fill("The Ukrainian Sea Ports Authority's figures.");
        page.getByTestId("submit").click();
        assertThat(page.getByTestId("verdict-status")).hasText("Submitted for review");
        assertThat(page.getByTestId("inbox-count")).hasText("0");
        TestSession.api(checker).get("/api/inbox").then().body("changesRequested.size()", equalTo(0));
        TestSession.api(checker).get("/api/verdicts/" + verdict).then().body("status", equalTo("SUBMITTED"));
    }
}
