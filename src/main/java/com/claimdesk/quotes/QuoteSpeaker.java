package com.claimdesk.quotes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A reviewer's word, given once for a source, that a speaker label of its transcript names a claimant
 * ("THE PRESIDENT" in a 2022 briefing is Joe Biden): later checks against that source take it as the same person.
 */
@Entity
@Table(name = "quote_speaker")
public class QuoteSpeaker extends PanacheEntity {

    public static final int MAX_LABEL = 200;

    @Column(name = "source_id", nullable = false)
    public long sourceId;

    @Column(name = "speaker_label", nullable = false, length = MAX_LABEL)
    public String speakerLabel;

    @Column(name = "claimant_id", nullable = false)
    public long claimantId;

    @Column(name = "confirmed_by", nullable = false, length = 64)
    public String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;

    public static boolean confirmed(long sourceId, String speakerLabel, long claimantId) {
        return speakerLabel != null && count("sourceId = ?1 and speakerLabel = ?2 and claimantId = ?3", sourceId,
                speakerLabel, claimantId) > 0;
    }
}
