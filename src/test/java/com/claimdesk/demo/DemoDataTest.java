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
    }
}
