package com.claimdesk.sources;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.audit.AuditLog;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * Checks and stores sources. A source whose address is already on record is never stored twice: the caller
 * is told which one exists, to link that instead. Every method must run in a transaction.
 */
@ApplicationScoped
public class SourceRecords {

    public static final int MAX_TITLE = 500;

    @Inject
    AuditLog audit;
    public static final int MAX_PUBLISHER = 200;
    public static final int MAX_NOTES = 4000;

    /** The outcome of adding a source: the new one, the one already on record, or the messages. */
    public record Outcome(Source source, boolean existing, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }
    }

    /** The normalised address of the input, or null with a message on the {@code url} field. */
    public static String address(SourceInput input, String prefix, FormErrors errors) {
        try {
            return UrlNormalizer.normalize(input.url());
        } catch (UrlNormalizer.Refused refused) {
            errors.add(prefix + "url", refused.getMessage());
            return null;
        }
    }

    /** A source ready to store, or the one already on record for its address; nothing is written yet. */
    public record Prepared(Source source, boolean existing, SourceInput.Archive archive) {
    }

    /**
     * Checks a source without writing. Field names in the messages start with {@code prefix} ("" on the source
     * form, "source." where a source is typed inside an evidence form).
     */
    public Prepared prepare(SourceInput input, String prefix, FormErrors errors) {
        String url = address(input, prefix, errors);
        if (url != null) {
            var known = Source.findByUrl(url);
            if (known.isPresent()) {
                return new Prepared(known.get(), true, null);
            }
        }
        Source source = new Source();
        source.url = url;
        check(source, input, prefix, errors);
        return new Prepared(source, false, input.archive(prefix, errors));
    }

    /** Stores a prepared new source (and its archived copy); a source already on record is left as it is. */
    public Source store(Prepared prepared, String username) {
        if (prepared.existing()) {
            return prepared.source();
        }
        Source source = prepared.source();
        source.createdBy = username;
        source.createdAt = Instant.now();
        source.updatedAt = source.createdAt;
        source.persist();
        audit.record(username, "source.created", "source", source.id, null, "Source added: " + source.title, null,
                source.auditState());
        if (prepared.archive() != null) {
            archive(source, prepared.archive(), username);
        }
        return source;
    }

    /** Adds a source, or finds the one already on record for its address. */
    public Outcome add(SourceInput input, String username) {
        FormErrors errors = FormErrors.none();
        Prepared prepared = prepare(input, "", errors);
        if (prepared.existing()) {
            return new Outcome(prepared.source(), true, errors);
        }
        if (errors.any()) {
            return new Outcome(null, false, errors);
        }
        return new Outcome(store(prepared, username), false, errors);
    }

    /** Changes a source's description (not its address, which identifies it). The caller checked the version. */
    public FormErrors update(Source source, SourceInput input, String username) {
        FormErrors errors = FormErrors.none();
        Source checked = new Source();
        check(checked, input, "", errors);
        if (!errors.any()) {
            var before = source.auditState();
            source.title = checked.title;
            source.publisher = checked.publisher;
            source.type = checked.type;
            source.publishedOn = checked.publishedOn;
            source.accessedOn = checked.accessedOn;
            source.notes = checked.notes;
            source.updatedAt = Instant.now();
            audit.record(username, "source.updated", "source", source.id, null, "Source edited: " + source.title,
                    before, source.auditState());
        }
        return errors;
    }

    /** Stores an archived copy with its SHA-256 and capture time, replacing an earlier one. */
    public void archive(Source source, SourceInput.Archive archive, String username) {
        var before = source.auditState();
        SourceArchive stored = SourceArchive.findById(source.id);
        if (stored == null) {
            stored = new SourceArchive();
            stored.sourceId = source.id;
            stored.content = archive.content();
            stored.persist();
        } else {
            stored.content = archive.content();
        }
        source.archiveSha256 = SourceArchive.sha256(archive.content());
        source.archiveCapturedAt = Instant.now();
        source.archiveFileName = archive.fileName();
        source.archiveMediaType = archive.mediaType().length() > 100 ? "application/octet-stream"
                : archive.mediaType();
        source.archiveSize = (long) archive.content().length;
        source.updatedAt = source.archiveCapturedAt;
        audit.record(username, "source.archived", "source", source.id, null,
                "Archived copy stored: " + source.archiveFileName + " (SHA-256 " + source.archiveSha256 + ")", before,
                source.auditState());
    }

    private static void check(Source source, SourceInput input, String prefix, FormErrors errors) {
        source.title = Inputs.required(input.title(), prefix + "title", "Give the source's title.", MAX_TITLE,
                errors);
        source.publisher = Inputs.optional(input.publisher(), prefix + "publisher", MAX_PUBLISHER, errors);
        source.type = Inputs.choice(SourceType.class, input.type(), prefix + "type",
                "Choose what kind of source this is.", errors);
        source.publishedOn = Inputs.pastDate(input.publishedAt(), prefix + "publishedAt", errors);
        LocalDate accessed = Inputs.pastDate(input.accessedAt(), prefix + "accessedAt", errors);
        source.accessedOn = accessed != null ? accessed : LocalDate.now();
        source.notes = Inputs.optional(input.notes(), prefix + "notes", MAX_NOTES, errors);
    }
}
