package com.claimdesk.watch;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.claimdesk.articles.Article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An item a watched feed listed, kept once: the article it became, or why it did not become one. */
@Entity
@Table(name = "watch_item")
public class WatchedItem extends PanacheEntity {

    /** An item refused this many times (the outlet's page failing) is not fetched again. */
    static final int MAX_ATTEMPTS = 3;

    public enum Outcome {
        TAKEN("taken"), DUPLICATE("already in ClaimDesk"), REFUSED("refused");

        public final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "watch_id", nullable = false)
    public Watch watch;

    @Column(nullable = false, length = 2048)
    public String address;

    @Column(length = 500)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Outcome outcome;

    @Column(length = 1000)
    public String reason;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;

    static Optional<WatchedItem> find(Watch watch, String address) {
        return find("watch = ?1 and address = ?2", watch, address).firstResultOptional();
    }

    /** Whether a later poll should fetch the item again. */
    boolean worthAnotherTry() {
        return outcome == Outcome.REFUSED && attempts < MAX_ATTEMPTS;
    }
}
