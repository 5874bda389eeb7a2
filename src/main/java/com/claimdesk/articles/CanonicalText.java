package com.claimdesk.articles;

import java.text.Normalizer;

/**
 * The one form in which ClaimDesk keeps an article's text, so that a character offset means the same place on
 * the server, in the browser's page and in the API.
 *
 * <p>Offsets count UTF-16 code units: a Java {@code String} index, a JavaScript string index (what the page's
 * selection script measures). An emoji outside the Basic Multilingual Plane counts two. PostgreSQL's
 * {@code substring}/{@code length} count code points instead, so offsets are never applied in SQL.
 *
 * <p>What the browser would change, this changes first:
 * <ul>
 * <li>line ends: {@code \r\n} and a lone {@code \r} become {@code \n} (the HTML parser does so when it reads the
 * page, and a text area sends {@code \r\n} whatever was pasted);</li>
 * <li>no-break spaces (U+00A0, U+2007, U+202F) become plain spaces (browsers copy them as spaces, so copied
 * words would not be found);</li>
 * <li>Unicode normalisation form C (composed accents: an {@code e} with a combining accent becomes {@code é}),
 * whatever form the clipboard or the file used;</li>
 * <li>NUL is dropped (PostgreSQL cannot store it), a byte-order mark at the start is dropped, and a lone
 * surrogate (no character at all) becomes U+FFFD, as the page's UTF-8 would show it.</li>
 * </ul>
 * Tabs stay: the article is shown with {@code white-space: pre-wrap}, which keeps them as they are.
 */
public final class CanonicalText {

    private CanonicalText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                out.append(' ');
            } else if (c == '\u0000' || (c == '\uFEFF' && i == 0)) {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < lines.length()
                    && Character.isLowSurrogate(lines.charAt(i + 1))) {
                out.append(c).append(lines.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
