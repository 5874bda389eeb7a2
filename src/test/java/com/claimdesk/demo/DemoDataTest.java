package com.claimdesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.accounts.Account;
import com.claimdesk.articles.Article;

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
        assertEquals(1, Article.count("headline", "NATO rejects Russia's request to deny Ukraine entry"));
        assertEquals(1, Article.count("headline", "The US Rejects Russian Demand to Bar Ukraine from NATO"));
    }
}
