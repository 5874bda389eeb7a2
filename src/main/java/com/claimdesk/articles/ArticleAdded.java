package com.claimdesk.articles;

/** Fired in the transaction that stores a new article, so that extraction can read it at once. */
public record ArticleAdded(Article article) {
}
