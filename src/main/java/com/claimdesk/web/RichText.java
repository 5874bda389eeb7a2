package com.claimdesk.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * Plain text as reviewers write it, shown as HTML: blank lines make paragraphs, line breaks stay, web
 * addresses become links. Everything else is escaped, so nothing a reviewer (or a pasted page) types can
 * become markup.
 */
public final class RichText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

    private RichText() {
    }

    /** {@code {verdict.explanation.paragraphs}} in a template. */
    @TemplateExtension
    public static RawString paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return new RawString("");
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(linked(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
        }
        return new RawString(html.toString());
    }

    private static String linked(String text) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            out.append(escape(text.substring(from, link.start())));
            String url = escape(link.group());
            out.append("<a href=\"").append(url).append("\" rel=\"noopener noreferrer\">").append(url).append("</a>");
            from = link.end();
        }
        return out.append(escape(text.substring(from))).toString();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace("\r", "").toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
