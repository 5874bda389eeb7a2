package com.claimdesk.quotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.claimdesk.articles.Article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The checked quote as an article on record prints it, with its own differences from the primary passage. */
@Entity
@Table(name = "quote_variant")
public class QuoteVariant extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_id", nullable = false)
    public QuoteCheck check;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, columnDefinition = "text")
    public String quoted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteLabel label;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<QuoteAligner.Edit> edits = new ArrayList<>();

    @Column(name = "seen_on", nullable = false)
    public LocalDate seenOn;

    @Column(name = "first_seen", nullable = false)
    public boolean firstSeen;

    public List<EditView> editViews() {
        return EditView.ordered(edits);
    }

    /** The variants of a claim's checks with their articles, by date, in one query. */
    public static List<QuoteVariant> forClaim(long claimId) {
        return find("from QuoteVariant v join fetch v.article where v.check.claim.id = ?1 order by v.seenOn, v.id",
                claimId).list();
    }

    public static List<QuoteVariant> forCheck(QuoteCheck check) {
        return find("from QuoteVariant v join fetch v.article where v.check = ?1 order by v.seenOn, v.id", check)
                .list();
    }
}
