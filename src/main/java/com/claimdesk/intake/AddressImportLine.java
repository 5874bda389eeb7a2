package com.claimdesk.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One address of an {@link AddressImport} and how it ended. */
@Entity
@Table(name = "address_import_line")
public class AddressImportLine extends PanacheEntity {

    public enum Outcome {
        WAITING, ADDED, DUPLICATE, REFUSED;

        /** In the newsroom's words, for the progress page. */
        public String words() {
            return switch (this) {
                case WAITING -> "waiting";
                case ADDED -> "added";
                case DUPLICATE -> "already in ClaimDesk";
                case REFUSED -> "refused";
            };
        }
    }

    public static final int MAX_MESSAGE = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id")
    public AddressImport list;

    /** From 1, in the order the list gave. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 2048)
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Outcome outcome = Outcome.WAITING;

    /** The article added, or the one already there for a duplicate. */
    @Column(name = "article_id")
    public Long articleId;

    /** Why it was refused, or which article it repeats. */
    @Column(length = MAX_MESSAGE)
    public String message;

    /** Records how bringing the address in ended. */
    void record(ArticleIntake.Outcome ended) {
        if (ended instanceof ArticleIntake.Added added) {
            outcome = Outcome.ADDED;
            articleId = added.article().id;
        } else if (ended instanceof ArticleIntake.Duplicate duplicate) {
            outcome = Outcome.DUPLICATE;
            articleId = duplicate.existing().id;
        } else {
            outcome = Outcome.REFUSED;
        }
        String words = ended.message();
        message = words.length() > MAX_MESSAGE ? words.substring(0, MAX_MESSAGE - 1) + "…" : words;
    }
}
