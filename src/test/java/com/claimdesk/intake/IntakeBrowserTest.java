package com.claimdesk.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.fetch.TestSite;
import com.claimdesk.web.BrowserTest;
import com.claimdesk.web.Chromium;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;

/** Adding by address and importing a list, in a browser: the progress page moves on by itself (meta refresh). */
@QuarkusTest
class IntakeBrowserTest extends BrowserTest {

    static TestSite site;

    @BeforeAll
    static void startSite() {
        site = TestSite.start();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void anArticleIsAddedFromItsAddressAlone() {
        String marker = UUID.randomUUID().toString();
        site.html("/story-" + marker, ArticleByAddressTest.newsPage(marker, "https://harbour.example/b-" + marker));
        Page page = chromium.signIn(base, TestSession.newAccount("intake-browser", Role.CHECKER));

        page.navigate(Chromium.url(base, "/articles/new"));
        page.getByLabel("Web address").fill(site.url("/story-" + marker));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add article")).click();

        assertThat(page.locator("h1")).hasText("Mayor promises pier by May");
        assertThat(page.getByTestId("article-archive")).containsText(site.url("/story-" + marker));
        Chromium.screenshot(page, "article-by-address");
    }

    @Test
    void theProgressPageRefreshesItselfUntilTheListIsDone() throws Exception {
        String marker = UUID.randomUUID().toString();
        CountDownLatch release = new CountDownLatch(1);
        byte[] html = ArticleByAddressTest.newsPage(marker, "https://harbour.example/held-" + marker)
                .getBytes(StandardCharsets.UTF_8);
        site.handle("/held-" + marker, exchange -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            TestSite.send(exchange, 200, html, false);
        });
        Page page = chromium.signIn(base, TestSession.newAccount("intake-browser", Role.CHECKER));

        page.navigate(Chromium.url(base, "/address-lists"));
        page.getByLabel("Web addresses, one per line").fill(site.url("/held-" + marker) + "\nnot an address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.getByTestId("import-state")).hasAttribute("data-finished", "false");
        Chromium.screenshot(page, "address-list-in-progress");
        release.countDown();

        // Nobody reloads: the page's own refresh brings the outcome.
        assertThat(page.getByTestId("import-state")).hasAttribute("data-finished", "true",
                new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(page.getByTestId("count-added")).hasText("1");
        assertThat(page.getByTestId("count-refused")).hasText("1");
        Chromium.screenshot(page, "address-list-done");
    }
}
