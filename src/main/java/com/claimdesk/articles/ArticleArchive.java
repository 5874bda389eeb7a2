package com.claimdesk.articles;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.claimdesk.sources.SourceArchive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The page an article was fetched from, as it was fetched, so that what was checked can be shown later even if
 * the page changes. Kept apart from the article so that lists and pages never load it.
 */
@Entity
@Table(name = "article_archive")
public class ArticleArchive extends PanacheEntityBase {

    /** What the article page says about the copy, without its bytes. */
    public record Facts(String sha256, String mediaType, String address, Instant fetchedAt, long size) {
    }

    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "media_type", length = 100)
    public String mediaType;

    @Column(nullable = false, length = 2048)
    public String address;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    @Column(nullable = false)
    public long size;

    public static ArticleArchive of(Article article, byte[] content, String mediaType, String address,
            Instant fetchedAt) {
        ArticleArchive archive = new ArticleArchive();
        archive.articleId = article.id;
        archive.content = content;
        archive.sha256 = SourceArchive.sha256(content);
        archive.mediaType = mediaType == null || mediaType.isBlank() ? null
                : mediaType.length() > 100 ? mediaType.substring(0, 100) : mediaType;
        archive.address = address;
        archive.fetchedAt = fetchedAt;
        archive.size = content.length;
        return archive;
    }

    /** The facts of an article's copy, or null when it was pasted or uploaded. */
    public static Facts factsOf(long articleId) {
        return getEntityManager().createQuery("""
                select new com.claimdesk.articles.ArticleArchive$Facts(a.sha256, a.mediaType, a.address, a.fetchedAt,
                       a.size)
                from ArticleArchive a where a.articleId = ?1""", Facts.class)
                .setParameter(1, articleId).getResultStream().findFirst().orElse(null);
    }

    /** Whether the stored bytes still hash to what was recorded when they were fetched. */
    public boolean intact() {
        return SourceArchive.sha256(content).equals(sha256);
    }
}
