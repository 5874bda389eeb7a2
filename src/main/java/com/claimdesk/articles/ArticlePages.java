package com.claimdesk.articles;

import java.util.ArrayList;
import java.util.List;

import com.claimdesk.documents.PdfText;

/**
 * Page numbers of an article read from a PDF, kept in its text: a form feed (U+000C, the character that has
 * meant "next page" since teleprinters) on a line of its own where each page after the first begins. So a
 * statement's page can be cited from its offset alone, without a column beside the text; the form feed is one
 * UTF-16 unit like any character, so offsets stay as the page's selection script measures them.
 */
public final class ArticlePages {

    public static final char PAGE_BREAK = '\f';

    private ArticlePages() {
    }

    /** The PDF's text in canonical form, page after page, each page's own spacing at either end left out. */
    public static String text(PdfText pdf) {
        List<String> pages = new ArrayList<>();
        List<Integer> starts = pdf.pageStarts();
        for (int page = 0; page < starts.size(); page++) {
            int end = page + 1 < starts.size() ? starts.get(page + 1) : pdf.text().length();
            String text = CanonicalText.of(pdf.text().substring(starts.get(page), end));
            pages.add(text.replace(PAGE_BREAK, ' ').strip());
        }
        return String.join("\n" + PAGE_BREAK + "\n", pages);
    }

    /** The page (from 1) holding the character at {@code offset}, or null for a text that has no pages. */
    public static Integer pageAt(String text, int offset) {
        if (text == null || text.indexOf(PAGE_BREAK) < 0) {
            return null;
        }
        int page = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == PAGE_BREAK) {
                page++;
            }
        }
        return page;
    }
}
