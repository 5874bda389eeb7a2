package com.claimdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.claimreview.Publishing;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/** Publishing in a real browser asks first on a page of its own, which works with no script at all. */
@QuarkusTest
class ConfirmationBrowserTest extends BrowserTest {

    @Test
    void publishShowsWhatBecomesPublicAndPublishesOnConfirm() {
        Publishing publishing = new Publishing();
        String claimReviewed = "Only the allies decide who joins NATO " + UUID.randomUUID();
        long claimId = publishing.approveOnly(claimReviewed);
        Page editor = verdictPage(publishing, claimId);

        editor.getByTestId("publish").click();
        assertThat(editor.getByRole(AriaRole.HEADING)).hasText("Publish this fact-check?");
        assertThat(editor.getByTestId("public-address")).hasText("/fact-checks/" + claimId);
        assertThat(editor.getByTestId("what-becomes-public")).containsText(claimReviewed);
        Chromium.screenshot(editor, "verdict-publish-confirm");
        given().get("/fact-checks/" + claimId).then().statusCode(404);

        editor.getByTestId("confirm").click();
        assertThat(editor.getByTestId("verdict-status")).hasText("Published");
        assertThat(editor.getByTestId("flash")).hasText("Published.");
        given().get("/fact-checks/" + claimId).then().statusCode(200);
    }

    @Test
    void cancelLeavesItUnpublished() {
        Publishing publishing = new Publishing();
        long claimId = publishing.approveOnly("Talks can begin next week " + UUID.randomUUID());
        Page editor = verdictPage(publishing, claimId);
        String verdictUrl = editor.url();

        editor.getByTestId("publish").click();
        assertThat(editor.getByRole(AriaRole.HEADING)).hasText("Publish this fact-check?");
        editor.getByTestId("cancel").click();
        assertEquals(verdictUrl, editor.url());
        assertThat(editor.getByTestId("verdict-status")).hasText("Approved");
        assertThat(editor.getByTestId("publish")).isVisible();
        given().get("/fact-checks/" + claimId).then().statusCode(404);
    }

    /** The editor on the approved verdict's page, with every script blocked: the pages must not need one. */
    private Page verdictPage(Publishing publishing, long claimId) {
        Page editor = chromium.signIn(base, publishing.editor);
        editor.route("**/*.js", Route::abort);
        editor.navigate(Chromium.url(base, "/verdicts/" + publishing.verdictOf(claimId)));
        assertThat(editor.getByTestId("verdict-status")).hasText("Approved");
        return editor;
    }
}
