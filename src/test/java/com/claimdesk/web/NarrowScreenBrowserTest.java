package com.claimdesk.web;

import static com.claimdesk.web.Chromium.screenshot;
import static com.claimdesk.web.Chromium.url;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claimreview.Publishing;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import io.quarkus.test.junit.QuarkusTest;

/** Pages on a phone (390 px) and the wide tables on a desktop (1280 px) fit their screen: nothing scrolls sideways. */
@QuarkusTest
class NarrowScreenBrowserTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int DESKTOP = 1280;

    @Test
    void theClaimPageFitsAPhoneAndItsMenuIsUsable() {
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Jens Stoltenberg " + UUID.randomUUID()),
                "NATO's relationship with Ukraine is a matter for the 30 NATO allies and Ukraine, no one else, "
                        + "said the Secretary General at the press conference in Brussels");
        Page page = chromium.signIn(base, TestSession.newAccount("narrow", Role.CHECKER), PHONE);
        page.navigate(url(base, "/claims/" + claim.id));
        assertThat(page.locator("h1")).containsText("NATO's relationship");
        screenshot(page, "narrow-claim");
        assertTrue(Chromium.fitsWidth(page), "the claim page scrolls sideways at " + PHONE + " px");

        Locator links = page.locator("header nav a");
        for (int i = 0; i < links.count(); i++) {
            assertThat(links.nth(i)).isVisible();
            BoundingBox box = links.nth(i).boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= PHONE,
                    links.nth(i).textContent() + " lies outside the screen: " + box.x + " + " + box.width);
        }
        page.locator("header nav").getByText("Sources").click();
        assertThat(page.locator("h1")).hasText("Sources");
        page.navigate(url(base, "/claims"));
        // The filters nobody is using fold away, and open with a tap.
        assertThat(page.locator("#status")).not().isVisible();
        page.getByText("More filters").click();
        assertThat(page.locator("#status")).isVisible();
        screenshot(page, "narrow-claims");
        assertTrue(Chromium.fitsWidth(page), "the claims list scrolls sideways at " + PHONE + " px");
    }

    @Test
    void thePublicFactCheckFitsAPhone() {
        long claimId = new Publishing().publish("NATO's door stays open to 30 allies' decision on Ukraine "
                + UUID.randomUUID());
        Page reader = chromium.anonymous(PHONE);
        reader.navigate(url(base, "/fact-checks/" + claimId));
        assertThat(reader.locator("h1")).containsText("NATO's door");
        screenshot(reader, "narrow-fact-check");
        assertTrue(Chromium.fitsWidth(reader), "the fact-check scrolls sideways at " + PHONE + " px");
        reader.navigate(url(base, "/fact-checks"));
        screenshot(reader, "narrow-fact-checks");
        assertTrue(Chromium.fitsWidth(reader), "the fact-check list scrolls sideways at " + PHONE + " px");
    }

    @Test
    void approvalsAndTheScaleFitADesktop() {
        Publishing publishing = new Publishing();
        for (int i = 0; i < 3; i++) {
            publishing.approveOnly("The alliance has never promised anyone that it would not take in new members, "
                    + "whatever was said in 1990, claim " + i + " " + UUID.randomUUID(),
                    "No such promise is in any treaty or record of the talks: the alliance's founding treaty leaves "
                            + "the door open to any European state that can further its principles.");
        }
        Page editor = chromium.signIn(base, TestSession.newAccount("wide", Role.EDITOR), DESKTOP);
        editor.navigate(url(base, "/desk/approvals"));
        assertThat(editor.getByTestId("approvals")).isVisible();
        screenshot(editor, "wide-approvals");
        assertTrue(Chromium.fitsWidth(editor), "approvals scroll sideways at " + DESKTOP + " px");

        Page admin = chromium.signIn(base, TestSession.newAccount("wide", Role.ADMIN), DESKTOP);
        admin.navigate(url(base, "/admin/ratings"));
        assertThat(admin.getByTestId("ratings")).isVisible();
        screenshot(admin, "wide-scale");
        assertTrue(Chromium.fitsWidth(admin), "the scale scrolls sideways at " + DESKTOP + " px");
    }
}
