package com.claimdesk.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A document, dataset, statement or report a fact-check rests on; one record per web page. */
@Entity
public class Source extends PanacheEntity {

    /** The normalised address (see {@link UrlNormalizer}): two spellings of one page are one source. */
    @Column(nullable = false, unique = true, length = 2048)
    public String url;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 200)
    public String publisher;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public SourceType type;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "accessed_on", nullable = false)
    public LocalDate accessedOn;

    @Column(length = 4000)
    public String notes;

    /** SHA-256 of the archived copy, as hex, computed when it was stored. */
    @Column(name = "archive_sha256", length = 64)
    public String archiveSha256;

    @Column(name = "archive_captured_at")
    public Instant archiveCapturedAt;

    @Column(name = "archive_file_name", length = 255)
    public String archiveFileName;

    @Column(name = "archive_media_type", length = 100)
    public String archiveMediaType;

    @Column(name = "archive_size")
    public Long archiveSize;

    /** For captions: the video or audio they time, linked at a cue with {@code #t=}. */
    @Column(name = "media_url", length = 2048)
    public String mediaUrl;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean archived() {
        return archiveSha256 != null;
    }

    /** The values the audit log keeps before and after a change (the archived copy by its hash). */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("url", url);
        state.put("title", title);
        state.put("publisher", publisher);
        state.put("type", type == null ? null : type.name());
        state.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        state.put("accessedOn", accessedOn == null ? null : accessedOn.toString());
        state.put("notes", notes);
        state.put("archiveSha256", archiveSha256);
        return state;
    }

    public static Optional<Source> findByUrl(String normalizedUrl) {
        return find("url", normalizedUrl).firstResultOptional();
    }
}
