package com.claimdesk.articles;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.claimdesk.audit.AuditLog;

/** Stores new articles, however they come in (page, API, demo data), and tells whoever reads them. */
@ApplicationScoped
public class Articles {

    @Inject
    Event<ArticleAdded> added;

    @Inject
    AuditLog audit;

    /** Persists a checked article; must run in a transaction. */
    public void add(Article article) {
        article.persist();
        audit.record(article.addedBy, "article.created", "article", article.id, null,
                "Article added: " + article.headline, null,
                Map.of("headline", article.headline, "textSha256", article.textSha256));
        added.fire(new ArticleAdded(article));
    }
}
