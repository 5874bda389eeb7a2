package com.claimdesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.accounts.Account;
import com.claimdesk.articles.Article;
import com.claimdesk.claims.Appearance;
import com.claimdesk.claims.Claimant;
import com.claimdesk.sources.Evidence;
import com.claimdesk.verdicts.Verdict;
import com.claimdesk.verdicts.VerdictStatus;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    void seedingTwiceCreatesNothingTwice() {
        demoData.seed();
        long accounts = Account.count();
        long articles = Article.count();

        demoData.seed();

        assertEquals(accounts, Account.count());
        assertEquals(articles, Article.count());
        for (String name : new String[] {"checker", "editor", "admin"}) {
            assertTrue(Account.findByUsername(name).isPresent(), name);
        }
        for (DemoData.SampleArticle sample : DemoData.ARTICLES) {
            assertEquals(1, Article.count("url", sample.url()), sample.file());
            Article article = Article.find("url", sample.url()).firstResult();
            assertEquals(sample.claims().size(), Appearance.count("article", article), sample.file());
        }
        Claimant stoltenberg = Claimant.findByNameOrAlias("Secretary-General of NATO").orElseThrow();
        assertEquals("Jens Stoltenberg", stoltenberg.name);
        assertTrue(Evidence.count("claim.claimant", stoltenberg) >= 2, "demo sources linked to the sample claims");
        Article nato = Article.find("url", DemoData.ARTICLES.get(0).url()).firstResult();
        assertEquals(1, Verdict.count("status = ?1 and claim in (select ap.claim from Appearance ap where ap.article = ?2)",
                VerdictStatus.PUBLISHED, nato), "one published demo fact-check");
    }
}
