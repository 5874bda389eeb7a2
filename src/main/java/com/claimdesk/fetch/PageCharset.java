package com.claimdesk.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set a fetched page is written in, found as browsers find it (WHATWG encoding sniffing, its
 * common steps): a byte-order mark first, then the Content-Type header's charset, then a {@code <meta>} in the
 * page's first 1024 bytes.
 */
final class PageCharset {

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    /** Both {@code <meta charset="…">} and {@code <meta http-equiv="Content-Type" content="…; charset=…">}. */
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    private static final int META_WINDOW = 1024;

    private PageCharset() {
    }

    /** The charset, or null when neither the bytes nor the header nor the page says. */
    static Charset of(String contentType, byte[] body) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return bom;
        }
        if (contentType != null) {
            Matcher header = HEADER_CHARSET.matcher(contentType);
            if (header.find() && named(header.group(1)) != null) {
                return named(header.group(1));
            }
        }
        String start = new String(body, 0, Math.min(body.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(start);
        if (meta.find()) {
            Charset declared = named(meta.group(1));
            // A page read as ASCII bytes to find this cannot be UTF-16; browsers take UTF-8 then.
            return declared != null && declared.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : declared;
        }
        return null;
    }

    static Charset fromBom(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * The charset by a label, or null when unknown. Pages labelled ISO-8859-1 or ASCII are read as windows-1252,
     * as every browser does: they are written in it (curly quotes and dashes in 0x80–0x9F) far more often than not.
     */
    private static Charset named(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
