package com.claimdesk.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

public class PdfTextTest {

    /** A PDF written here with one line of text on each page. */
    public static byte[] pdfOf(String... pages) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsEveryPageAndKnowsWhereEachStarts() throws Exception {
        PdfText pdf = PdfText.read(pdfOf("The mayor said the pier will reopen in May.", "Fees will go up in June."));
        assertTrue(pdf.text().contains("The mayor said the pier will reopen in May."), pdf.text());
        assertEquals(2, pdf.pageStarts().size());
        assertEquals(1, pdf.pageAt(pdf.text().indexOf("pier")));
        assertEquals(2, pdf.pageAt(pdf.text().indexOf("Fees")));
    }

    @Test
    void refusesWhatIsNotAPdfOrIsDamaged() {
        assertThrows(PdfText.Unreadable.class, () -> PdfText.read("plain words".getBytes(StandardCharsets.UTF_8)));
        assertThrows(PdfText.Unreadable.class,
                () -> PdfText.read("%PDF-1.7 then nothing that a PDF needs".getBytes(StandardCharsets.UTF_8)));
    }
}
