package com.claimdesk.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * A source as typed on a form or sent to the API. The archived copy is pasted text or an uploaded file
 * (the file wins when both are given).
 */
public record SourceInput(
        @RestForm String url,
        @RestForm String title,
        @RestForm String publisher,
        @RestForm String type,
        @RestForm String publishedAt,
        @RestForm String accessedAt,
        @RestForm String notes,
        @RestForm String archiveText,
        @RestForm("archiveFile") FileUpload archiveFile) {

    public SourceInput {
        url = Inputs.orEmpty(url);
        title = Inputs.orEmpty(title);
        publisher = Inputs.orEmpty(publisher);
        type = Inputs.orEmpty(type);
        publishedAt = Inputs.orEmpty(publishedAt);
        accessedAt = Inputs.orEmpty(accessedAt);
        notes = Inputs.orEmpty(notes);
        archiveText = Inputs.orEmpty(archiveText);
    }

    public static SourceInput empty() {
        return new SourceInput(null, null, null, SourceType.NEWS_REPORT.name(), null, LocalDate.now().toString(),
                null, null, null);
    }

    public static SourceInput of(Source source) {
        return new SourceInput(source.url, source.title, source.publisher, source.type.name(),
                source.publishedOn == null ? null : source.publishedOn.toString(), source.accessedOn.toString(),
                source.notes, null, null);
    }

    /** The same input without the archived copy, for showing the form again (browsers never refill files). */
    public SourceInput withoutArchive() {
        return new SourceInput(url, title, publisher, type, publishedAt, accessedAt, notes, null, null);
    }

    /** An archived copy to store: its bytes, file name and media type. */
    public record Archive(byte[] content, String fileName, String mediaType) {
    }

    /** The archived copy given, if any; a copy over the limit is reported on the field. */
    public Archive archive(String prefix, FormErrors errors) {
        if (archiveFile != null && archiveFile.size() > 0) {
            if (archiveFile.size() > SourceArchive.MAX_BYTES) {
                errors.add(prefix + "archiveFile", "The archived copy is larger than 10 MB.");
                return null;
            }
            try {
                return new Archive(Files.readAllBytes(archiveFile.uploadedFile()),
                        Inputs.optional(archiveFile.fileName(), prefix + "archiveFile", 255, errors),
                        archiveFile.contentType() == null ? "application/octet-stream" : archiveFile.contentType());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!archiveText.isBlank()) {
            byte[] bytes = archiveText.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > SourceArchive.MAX_BYTES) {
                errors.add(prefix + "archiveText", "The archived copy is larger than 10 MB.");
                return null;
            }
            return new Archive(bytes, "archived-copy.txt", "text/plain; charset=utf-8");
        }
        return null;
    }
}
