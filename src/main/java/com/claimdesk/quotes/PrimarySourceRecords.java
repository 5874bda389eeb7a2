package com.claimdesk.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.documents.PdfText;
import com.claimdesk.sources.Source;
import com.claimdesk.sources.SourceArchive;
import com.claimdesk.sources.SourceInput;
import com.claimdesk.sources.SourceRecords;
import com.claimdesk.sources.SourceType;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * Adds a primary source: a transcript, captions (SRT, WebVTT), a web page or a PDF of remarks, pasted or
 * uploaded, archived like any source (its bytes as given, with their SHA-256). Only copies that read as text are
 * taken, since a check reads them word by word. Must run in a transaction.
 */
@ApplicationScoped
public class PrimarySourceRecords {

    @Inject
    SourceRecords sources;

    /** The source added or already on record (reused: its archived copy is kept), or the messages. */
    public record Outcome(Source source, boolean existing, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }
    }

    public Outcome add(PrimarySourceInput input, String username) {
        FormErrors errors = FormErrors.none();
        SourceRecords.Prepared prepared = sources.prepare(new SourceInput(input.url(), input.title(),
                input.publisher(), SourceType.TRANSCRIPT.name(), input.publishedAt(), null, null, null, null), "",
                errors);
        String mediaUrl = Inputs.webAddress(input.mediaUrl(), "mediaUrl", errors);
        SourceInput.Archive copy = copy(input, errors);
        if (prepared.existing() && prepared.source().archived() && !errors.has("file") && !errors.has("text")) {
            return new Outcome(prepared.source(), true, FormErrors.none());
        }
        if (copy == null && !errors.has("file") && !errors.has("text")) {
            errors.add("text", "Paste the transcript, or upload it as a .txt, .srt, .vtt, .html or .pdf file.");
        }
        if (errors.any()) {
            return new Outcome(null, false, errors);
        }
        Source source;
        if (prepared.existing()) {
            source = prepared.source();
            sources.archive(source, copy, username);
        } else {
            prepared.source().mediaUrl = mediaUrl;
            source = sources.store(new SourceRecords.Prepared(prepared.source(), false, copy), username);
        }
        return new Outcome(source, prepared.existing(), errors);
    }

    /** The copy to archive: an uploaded file (it wins) or the pasted text; null with a message when unfit. */
    static SourceInput.Archive copy(PrimarySourceInput input, FormErrors errors) {
        if (input.file() != null && input.file().size() > 0) {
            if (input.file().size() > SourceArchive.MAX_BYTES) {
                errors.add("file", "The file is larger than 10 MB.");
                return null;
            }
            String name = input.file().fileName() == null ? "transcript" : input.file().fileName();
            if (name.length() > 255) {
                name = name.substring(name.length() - 255);
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(input.file().uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String type = mediaType(name, bytes);
            if (type == null) {
                errors.add("file", "Upload a transcript as a .txt, .srt, .vtt, .html or .pdf file.");
                return null;
            }
            if (type.equals("application/pdf")) {
                try {
                    PdfText.read(bytes);
                } catch (PdfText.Unreadable e) {
                    errors.add("file", e.getMessage());
                    return null;
                }
            } else if (!readsAsText(bytes)) {
                errors.add("file", "This file is not text (or not in UTF-8): save the transcript as text and try again.");
                return null;
            }
            return new SourceInput.Archive(bytes, name, type);
        }
        if (input.text().isBlank()) {
            return null;
        }
        byte[] bytes = input.text().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > SourceArchive.MAX_BYTES) {
            errors.add("text", "The text is larger than 10 MB.");
            return null;
        }
        if (!readsAsText(bytes)) {
            errors.add("text", "This text holds control characters a transcript never has: paste the text itself.");
            return null;
        }
        return new SourceInput.Archive(bytes, "transcript.txt", "text/plain; charset=utf-8");
    }

    /** The media type a copy is archived under, from its name and first bytes; null for anything else. */
    private static String mediaType(String fileName, byte[] bytes) {
        if (PdfText.looksLikePdf(bytes)) {
            return "application/pdf";
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "txt", "" -> "text/plain; charset=utf-8";
            case "srt" -> "text/srt; charset=utf-8"; // SubRip has no registered type; text/ keeps it readable
            case "vtt" -> "text/vtt; charset=utf-8";
            case "html", "htm" -> "text/html; charset=utf-8";
            default -> null;
        };
    }

    /** Strict UTF-8 that the quote engine would read as text ({@link PrimarySources#binary}). */
    private static boolean readsAsText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return !text.isBlank() && !PrimarySources.binary(text);
    }
}
