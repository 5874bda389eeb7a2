package com.claimdesk.web;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every browser test class shares: one headless Chromium for the class (see {@link Chromium}) and the
 * running application's address. Subclasses are {@code @QuarkusTest}s.
 */
public abstract class BrowserTest {

    protected static Chromium chromium;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}
