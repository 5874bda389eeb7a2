package com.claimdesk.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF file, page by page, so that a statement's page can be cited.
 *
 * @param text       every page's text, one after another
 * @param pageStarts where each page starts in {@code text} (page 1 at index 0)
 */
public record PdfText(String text, List<Integer> pageStarts) {

    /** A file that is not a PDF, is damaged or is locked. The message is for the person who sent it. */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    public PdfText {
        pageStarts = List.copyOf(pageStarts);
    }

    public static boolean looksLikePdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    public static PdfText read(byte[] bytes) throws Unreadable {
        if (!looksLikePdf(bytes)) {
            throw new Unreadable("This file is not a PDF.");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                throw new Unreadable("This PDF is locked with a password; save an unlocked copy and try again.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                starts.add(text.length());
                text.append(stripper.getText(pdf));
            }
            if (text.toString().isBlank()) {
                throw new Unreadable("This PDF holds no text (perhaps only scanned images); it needs OCR first.");
            }
            return new PdfText(text.toString(), starts);
        } catch (IOException e) {
            throw new Unreadable("This PDF could not be read: it may be damaged.");
        }
    }

    /** The page (from 1) that holds the character at {@code offset}. */
    public int pageAt(int offset) {
        int page = 1;
        for (int i = 1; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
    }
}
