package com.claimdesk.sources;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.claimdesk.web.FormErrors;

import com.claimdesk.articles.ArticleText;
import com.claimdesk.documents.PdfText;

/**
 * An archived copy as text to read on the source's page: a web page's words without its markup (never the
 * source's HTML itself), a PDF's text (PDFBox), plain text as it is, at most {@link #MAX_CHARS} characters of it.
 */
public record ArchiveText(String text, int totalChars) {

    public static final int MAX_CHARS = 20_000;

    public boolean cut() {
        return totalChars > text.length();
    }

    /** The text of a copy, or null for a file that is not text (a PDF, an image): that one is downloaded. */
    public static ArchiveText of(byte[] content, String mediaType) {
        String whole = whole(content, mediaType);
        if (whole == null) {
            return null;
        }
        int end = whole.length() <= MAX_CHARS ? whole.length()
                : whole.offsetByCodePoints(0, whole.codePointCount(0, MAX_CHARS));
        return new ArchiveText(whole.substring(0, end), whole.length());
    }

    /** The whole text of a copy, uncut (a quote check reads all of it), or null for a file that is not text. */
    public static String whole(byte[] content, String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            // A page nested too deeply to read cheaply is downloaded instead, like a file that is not text.
            ArticleText.Page page = ArticleText.fromHtml(new String(content, StandardCharsets.UTF_8), "archive",
                    FormErrors.none());
            return page == null ? null : page.text();
        }
        if (type.startsWith("application/pdf")) {
            try {
                return PdfText.read(content).text();
            } catch (PdfText.Unreadable e) {
                return null; // a damaged or scanned PDF is downloaded, as before
            }
        }
        return type.startsWith("text/") ? new String(content, StandardCharsets.UTF_8) : null;
    }
}
