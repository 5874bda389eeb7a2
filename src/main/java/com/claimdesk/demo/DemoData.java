package com.claimdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.accounts.Account;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo mode ({@code claimdesk.demo=true}): the accounts checker, editor and admin, each with its own name as
 * password, and the sample articles. Seeding is idempotent, so restarts add nothing twice.
 */
@ApplicationScoped
public class DemoData {

    /** A sample article packaged in the jar, with the details a reviewer would type in. */
    record SampleArticle(String file, String outlet, String url, LocalDate publishedOn) {
    }

    static final List<SampleArticle> ARTICLES = List.of(
            new SampleArticle("nato-rejects-russia-request.txt", "Demo Newswire",
                    "https://news.example.org/2022/01/nato-rejects-russia-request", LocalDate.of(2022, 1, 14)),
            new SampleArticle("us-rejects-russian-demand.txt", "Demo Newswire",
                    "https://news.example.org/2022/01/us-rejects-russian-demand", LocalDate.of(2022, 1, 27)));

    @Inject
    ClaimDeskConfig config;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void onStart(@Observes StartupEvent event) {
        if (!config.demo()) {
            return;
        }
        seed();
        String url = config.publicBaseUrl().orElse("http://localhost:" + port + "/");
        Log.warnf("""

                ==============================================================================
                 ClaimDesk demo is running at %s
                 Sign in as checker/checker, editor/editor or admin/admin.
                 DEMO ONLY: these accounts have public passwords. Never run demo mode with
                 real newsroom data or where others can reach it.
                ==============================================================================""", url);
    }

    /** Creates whatever part of the demo data is missing. */
    @Transactional
    public void seed() {
        for (Role role : Role.values()) {
            String name = role.key();
            if (Account.findByUsername(name).isEmpty()) {
                String display = "Demo " + name.substring(0, 1).toUpperCase() + name.substring(1);
                Account.create(name, display, name, Set.of(role));
            }
        }
        for (SampleArticle sample : ARTICLES) {
            String content = read(sample.file());
            int firstBreak = content.indexOf('\n');
            String text = content.substring(firstBreak + 1).strip();
            if (Article.findByText(text).isPresent()) {
                continue;
            }
            Article article = new Article();
            article.headline = content.substring(0, firstBreak).strip();
            article.setText(text);
            article.outlet = sample.outlet();
            article.url = sample.url();
            article.publishedOn = sample.publishedOn();
            article.addedBy = Role.CHECKER.key();
            article.addedAt = Instant.now();
            article.persist();
        }
    }

    private static String read(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/articles/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo article missing from the build: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
