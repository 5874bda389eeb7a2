package com.claimdesk.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import com.claimdesk.database.KeyLock;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A news article brought into ClaimDesk, whose attributed statements become claims. */
@Entity
public class Article extends PanacheEntity {

    /** 1 MB of UTF-8: far longer than any article, short enough to keep pages and extraction quick. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    @Column(nullable = false, length = 500)
    public String headline;

    @Column(length = 2048)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ArticleKind kind = ArticleKind.ARTICLE;

    /**
     * The page's own address for itself (its canonical link, else the address it was fetched from), normalised;
     * set for articles fetched by address. Unique (V020): the same page is not brought in twice.
     */
    @Column(name = "canonical_url", length = 2048)
    public String canonicalUrl;

    @Column(length = 200)
    public String outlet;

    @Column(length = 200)
    public String author;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    /**
     * The article's text in {@link CanonicalText} form; claim appearances and candidates point into it by
     * offsets in UTF-16 code units.
     */
    @Column(nullable = false, columnDefinition = "text")
    public String text;

    /** Recognises the same text brought in twice: unique (V012), computed over the text as stored. */
    @Column(name = "text_sha256", nullable = false, length = 64)
    public String textSha256;

    @Column(name = "added_by", nullable = false, length = 64)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** Every way in (form, file, API, demo data) stores the text through here, in its canonical form. */
    public void setText(String text) {
        this.text = CanonicalText.of(text);
        this.textSha256 = sha256(this.text);
    }

    /** The page (from 1) at {@code offset} of an article read from a PDF, or null when its pages are unknown. */
    public Integer pageAt(int offset) {
        return ArticlePages.pageAt(text, offset);
    }

    /**
     * The article already holding {@code text} (the oldest, where older data holds copies). Locks the text until
     * the transaction ends, so that no one else adds it between this check and the insert that follows.
     */
    public static Optional<Article> findByText(String text) {
        String hash = sha256(CanonicalText.of(text));
        KeyLock.hold("article.text", hash);
        return find("textSha256 = ?1 order by id", hash).firstResultOptional();
    }

    /** The article fetched from this canonical address; locks the address until the transaction ends. */
    public static Optional<Article> findByCanonicalUrl(String canonicalUrl) {
        KeyLock.hold("article.url", canonicalUrl);
        return find("canonicalUrl = ?1 order by id", canonicalUrl).firstResultOptional();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
