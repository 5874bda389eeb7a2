package com.claimdesk.quotes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.claimdesk.articles.ArticleText;
import com.claimdesk.documents.PdfText;
import com.claimdesk.sources.SourceArchive;
import com.claimdesk.web.FormErrors;

/**
 * The one way in for a primary source: a file or pasted text (bytes, with its name and content type when known)
 * read as a {@link Transcript}, or refused with a message a person understands. Speaker-labelled text, SRT and
 * WebVTT captions, HTML (the page's main text) and PDF (its text layer) are read; a file that is too big, binary
 * or unreadable is refused. The upload form, the stored checks and the API all come through here.
 */
public final class PrimarySources {

    /** Largest file read, as for an archived copy. */
    public static final int MAX_BYTES = SourceArchive.MAX_BYTES;

    /** A source read, or why it was not: exactly one of the two is set. */
    public record Reading(Transcript transcript, String problem) {
        public boolean ok() {
            return transcript != null;
        }

        static Reading refused(String problem) {
            return new Reading(null, problem);
        }
    }

    private PrimarySources() {
    }

    public static Reading read(byte[] bytes, String fileName, String contentType) {
        if (bytes == null || bytes.length == 0) {
            return Reading.refused("The file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            return Reading.refused("The file is larger than 10 MB; send the transcript's text alone.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (PdfText.looksLikePdf(bytes)) {
            try {
                return text(PdfText.read(bytes).text());
            } catch (PdfText.Unreadable e) {
                return Reading.refused(e.getMessage());
            }
        }
        if (name.endsWith(".pdf") || type.startsWith("application/pdf")) {
            return Reading.refused("This file is named as a PDF but is not one: it may be damaged.");
        }
        String decoded = decode(bytes);
        if (decoded == null || binary(decoded)) {
            return Reading.refused("This looks like a binary file (an image, a program or an archive), not a "
                    + "transcript. Send the text, captions (.srt, .vtt), a web page or a PDF.");
        }
        boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml") || name.endsWith(".html")
                || name.endsWith(".htm") || looksLikeHtml(decoded);
        if (html) {
            FormErrors errors = FormErrors.none();
            ArticleText.Page page = ArticleText.fromHtml(decoded, "file", errors);
            return page == null ? Reading.refused(errors.get("file")) : text(page.text());
        }
        return text(decoded);
    }

    /** Pasted text, checked as a file would be. */
    public static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return Reading.refused("The source's text is empty.");
        }
        if (text.length() > MAX_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Reading.refused("Send at most 10 MB of text.");
        }
        if (binary(text)) {
            return Reading.refused("This looks like a binary file, not text. Send the transcript's text.");
        }
        return text(text);
    }

    private static Reading text(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            return Reading.refused("The file holds no text.");
        }
        Transcript transcript = Transcript.read(body);
        if (transcript.words().isEmpty()) {
            return Reading.refused("No spoken words were found in this file.");
        }
        return new Reading(transcript, null);
    }

    /** UTF-8 when it is valid (nearly every file today), else Windows-1252, which any byte sequence decodes to. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body");
    }

    /** Control characters other than tabs, line ends and form feeds (PDF page breaks) do not occur in text. */
    static boolean binary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return true;
            }
        }
        return false;
    }
}
