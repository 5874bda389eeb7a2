package com.claimdesk.claims;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import com.claimdesk.articles.Article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Where a claim was seen: a passage of an article (character offsets into its text) or a web address. */
@Entity
public class Appearance extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(length = 2048)
    public String url;

    @Column(name = "start_offset")
    public Integer start;

    @Column(name = "end_offset")
    public Integer end;

    @Column(name = "seen_on", nullable = false)
    public LocalDate seenOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The words of the article this appearance points at. */
    public String passage() {
        return article == null ? "" : article.text.substring(start, end);
    }

    /** The page of the article's PDF where the passage starts, or null when the article has no pages. */
    public Integer page() {
        return article == null || start == null ? null : article.pageAt(start);
    }

    /** The address a reader follows: the article's own URL when the appearance is in an article. */
    public String link() {
        return article != null ? article.url : url;
    }
}
