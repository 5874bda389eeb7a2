package com.claimdesk.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import com.claimdesk.documents.PdfText;

/**
 * A page as fetched.
 *
 * @param address      the final address, after redirects
 * @param status       200, or 304 when the {@link Conditions} held (then {@code body} is empty)
 * @param contentType  the Content-Type header as sent, or null
 * @param charset      from the byte-order mark, the header or the page's {@code <meta>}; null when none says
 * @param etag         for the next {@link Conditions}, or null
 * @param lastModified for the next {@link Conditions}, or null
 */
public record Fetched(URI address, int status, String contentType, byte[] body, Charset charset, String etag,
        String lastModified, Instant fetchedAt) {

    public boolean notModified() {
        return status == 304;
    }

    /** A PDF by its header or, when the site says nothing useful, by its first bytes. */
    public boolean isPdf() {
        return mediaType().equals("application/pdf") || PdfText.looksLikePdf(body);
    }

    /** The media type alone, in lower case ("text/html"), or "" when the site sent none. */
    public String mediaType() {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The body as text, in its charset (UTF-8 when nothing says otherwise), without a byte-order mark. */
    public String text() {
        Charset used = charset != null ? charset : StandardCharsets.UTF_8;
        String text = new String(body, used);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
