package com.claimdesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.claimdesk.accounts.Account;
import com.claimdesk.articles.Article;
import com.claimdesk.claims.Appearance;
import com.claimdesk.claims.Claimant;
import com.claimdesk.quotes.QuoteCheck;
import com.claimdesk.quotes.QuoteLabel;
import com.claimdesk.quotes.QuoteVariant;
import com.claimdesk.sources.Evidence;
import com.claimdesk.sources.Source;
import com.claimdesk.sources.SourceType;
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

    @Test
    void theTranscriptIsAPrimarySourceAndTheInventedMisquoteIsCheckedAsAlteredAgainstIt() {
        demoData.seed();
        demoData.seed();

        Source transcript = Source.find("title", DemoData.TRANSCRIPT.title()).singleResult();
        assertEquals(SourceType.TRANSCRIPT, transcript.type);
        assertTrue(transcript.archived());
        QuoteCheck misquote = QuoteCheck.<QuoteCheck>find("claim.claimReviewed", DemoData.MISQUOTE).singleResult();
        assertEquals(QuoteLabel.ALTERED, misquote.label);
        assertTrue(misquote.negationChanged);
        assertTrue(misquote.cited(), "the misquote's check is cited as evidence");
        QuoteCheck paraphrase = QuoteCheck.<QuoteCheck>find("claim.claimReviewed", DemoData.PARAPHRASED).singleResult();
        assertEquals(QuoteLabel.PARAPHRASE, paraphrase.label);
        assertEquals(1, QuoteVariant.count("check = ?1 and firstSeen = true", misquote),
                "the invented article is the misquote's first appearance on record");
    }
}
