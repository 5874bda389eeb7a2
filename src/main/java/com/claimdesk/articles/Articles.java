package com.claimdesk.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Stores new articles, however they come in (page, API, demo data), and tells whoever reads them. */
@ApplicationScoped
public class Articles {

    @Inject
    Event<ArticleAdded> added;

    /** Persists a checked article; must run in a transaction. */
    public void add(Article article) {
        article.persist();
        added.fire(new ArticleAdded(article));
    }
}
