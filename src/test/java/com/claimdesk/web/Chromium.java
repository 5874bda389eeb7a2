package com.claimdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;

import com.claimdesk.TestSession;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Debian's headless Chromium driven by Playwright, shared by the browser tests: one per test class, opened in
 * {@code @BeforeAll} and closed in {@code @AfterAll}. Where no Chromium is installed the class is skipped with a
 * warning; under {@code CI} that fails instead, since there a missing browser is a broken set-up.
 */
public final class Chromium implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Chromium.class);
    private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            String why = "Browser tests SKIPPED: no Chromium at " + EXECUTABLE
                    + " (install Debian's chromium; .ci/run does this).";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why);
            }
            LOG.warn(why);
            Assumptions.abort(why);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update")));
        return new Chromium(playwright, browser);
    }

    /** A fresh page with no one signed in, at the given viewport width (desktop: 1280, phone: 390). */
    public Page anonymous(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
        return context.newPage();
    }

    /** A fresh page signed in as the given test account (see {@link TestSession#newAccount}), 1280 px wide. */
    public Page signIn(URL base, String username) {
        return signIn(base, username, 1280);
    }

    public Page signIn(URL base, String username, int width) {
        Page page = anonymous(width);
        page.navigate(url(base, "/login"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(TestSession.password(username));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByTestId("signed-in-as")).hasText(username);
        return page;
    }

    public static String url(URL base, String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Full-page screenshot to {@code target/screenshots}, or to the folder named by {@code -Dscreenshots}. */
    public static void screenshot(Page page, String name) {
        Path folder = Path.of(System.getProperty("screenshots", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Selects the article text from the first {@code first} to the end of the next {@code last}, as a mouse
     * selection does (a range over the page's text nodes), and answers the characters selected.
     */
    public static String selectInArticle(Page page, String first, String last) {
        return (String) page.evaluate("([first, last]) => {"
                + " const text = document.getElementById('article-text');"
                + " const all = text.textContent, start = all.indexOf(first);"
                + " if (start < 0 || all.indexOf(last, start) < 0) throw new Error('not on the page: ' + first);"
                + " const end = all.indexOf(last, start) + last.length;"
                + " const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);"
                + " let seen = 0, node, range = document.createRange();"
                + " while ((node = walker.nextNode())) {"
                + "   const length = node.textContent.length;"
                + "   if (seen <= start && start < seen + length) range.setStart(node, start - seen);"
                + "   if (seen < end && end <= seen + length) { range.setEnd(node, end - seen); break; }"
                + "   seen += length; }"
                + " const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);"
                + " return range.toString(); }", List.of(first, last));
    }

    /** True when the page fits its viewport: nothing scrolls sideways. */
    public static boolean fitsWidth(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    @Override
    public void close() {
        playwright.close();
    }
}
