package com.claimdesk.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Every kind of file a primary source arrives as, read through the one entry point, and the files refused. */
class PrimarySourcesTest {

    private static Transcript read(byte[] bytes, String name, String type) {
        PrimarySources.Reading reading = PrimarySources.read(bytes, name, type);
        assertTrue(reading.ok(), () -> "refused: " + reading.problem());
        assertNull(reading.problem());
        return reading.transcript();
    }

    private static String refusal(byte[] bytes, String name, String type) {
        PrimarySources.Reading reading = PrimarySources.read(bytes, name, type);
        assertFalse(reading.ok(), "should have been refused");
        return reading.problem();
    }

    private static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfTranscriptIsReadWithItsTurns() throws IOException {
        byte[] bytes = pdf(List.of("Press Briefing by Press Secretary Jen Psaki, February 8, 2022",
                "Q Has the White House not received a readout from the French on this?",
                "MS. PSAKI: But I would also reiterate that Nord Stream 2 is not currently",
                "operational. We agree that it is a point of leverage with President Putin."));
        Transcript t = read(bytes, "briefing.pdf", "application/pdf");
        assertEquals(List.of("Q", "MS. PSAKI"), t.turns().stream().map(Transcript.Turn::speaker).toList());
        QuoteAligner.Match m = QuoteAligner.align(t, "Nord Stream 2 is not currently operational", "Jen Psaki", false);
        assertEquals("verbatim", m.label());
        assertEquals("MS. PSAKI", m.speakerInSource());
        assertTrue(t.text().substring(m.start(), m.end()).startsWith("Nord Stream 2 is not currently"));

        QuoteAligner.Match wrong = QuoteAligner.align(t, "Nord Stream 2 is currently operational", "Jen Psaki", false);
        assertEquals("altered", wrong.label());
        assertTrue(wrong.negationChanged());
    }

    @Test
    void aWebPageIsReadForItsMainTextWithoutItsFurniture() {
        String html = """
                <!DOCTYPE html><html><head><title>Remarks by President Biden</title></head><body>
                <nav class="site-nav"><a href="/">Home</a> THE PRESIDENT: Menu</nav>
                <article><h1>Remarks by President Biden in Press Conference</h1>
                <p>THE PRESIDENT: But I can say to you, the American people: Help is here, and hope is on the way.</p>
                <p>Q Thank you, Mr. President.</p></article>
                <footer class="footer">THE PRESIDENT: Subscribe to our newsletter</footer></body></html>
                """;
        Transcript t = read(html.getBytes(StandardCharsets.UTF_8), "remarks.html", null);
        assertEquals(List.of("THE PRESIDENT", "Q"), t.turns().stream().map(Transcript.Turn::speaker).toList());
        assertFalse(t.text().contains("newsletter"), "the footer is not part of the remarks");
        QuoteAligner.Match m = QuoteAligner.align(t, "Help is here, and hope is on the way.", "the president", false);
        assertEquals("verbatim", m.label());
        assertEquals("THE PRESIDENT", m.speakerInSource());
    }

    @Test
    void captionsAreKnownByTheirContentAndKeepTheirTimes() {
        String srt = """
                1
                00:00:01,000 --> 00:00:03,500
                So, we see this as a win-win-win

                2
                00:00:03,700 --> 00:00:06,000
                getting more veterans to work.
                """;
        Transcript t = read(srt.getBytes(StandardCharsets.UTF_8), "briefing.srt", "application/x-subrip");
        assertTrue(t.captions());
        QuoteAligner.Match m = QuoteAligner.align(t, "a win-win-win getting more veterans to work", null, false);
        assertEquals("verbatim", m.label());
        assertEquals(1.0, m.timeStart());
        assertEquals(6.0, m.timeEnd());

        Transcript vtt = read("\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\n<v THE PRESIDENT>Help is here.\n"
                .getBytes(StandardCharsets.UTF_8), null, null);
        assertTrue(vtt.captions(), "a byte-order mark does not hide a WebVTT file");
        assertEquals("THE PRESIDENT", vtt.turns().get(0).speaker());
    }

    @Test
    void textThatIsNotUtf8IsStillRead() {
        byte[] latin = "MS. PSAKI: We’re encouraged by any efforts at diplomacy.".getBytes(Charset.forName("windows-1252"));
        Transcript t = read(latin, "briefing.txt", "text/plain");
        assertEquals("verbatim", QuoteAligner.align(t, "We're encouraged by any efforts", "Psaki", false).label());
    }

    @Test
    void binaryHugeEmptyAndBrokenFilesAreRefusedWithAReason() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(refusal(png, "photo.png", "image/png").contains("binary"));
        assertTrue(refusal(new byte[PrimarySources.MAX_BYTES + 1], "big.txt", "text/plain").contains("10 MB"));
        assertTrue(refusal(new byte[0], "empty.txt", "text/plain").contains("empty"));
        assertTrue(refusal("%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII), "x.pdf",
                "application/pdf").contains("could not be read"));
        assertTrue(refusal("MS. PSAKI: hello".getBytes(StandardCharsets.UTF_8), "x.pdf", "application/pdf")
                .contains("not one"));
        assertTrue(refusal(pdf(List.of()), "blank.pdf", "application/pdf").contains("no text"));
        assertTrue(refusal("(Laughter.) [inaudible] <Applause.>".getBytes(StandardCharsets.UTF_8), "marks.txt",
                "text/plain").contains("No spoken words"));
        assertTrue(PrimarySources.read("core\u0000principles").problem().contains("binary"));
        assertTrue(PrimarySources.read("  ").problem().contains("empty"));
    }

    @Test
    void aTextCheckedAgainIsReadOnceAndKept() {
        String text = "MS. PSAKI: We remain in close touch with our counterparts. " + System.nanoTime();
        Transcript first = SourceTranscripts.of(text).transcript();
        assertSame(first, SourceTranscripts.of(new String(text.toCharArray())).transcript());
        assertNotSame(first, SourceTranscripts.of(text + " Go ahead.").transcript());
        assertTrue(SourceTranscripts.of("a\u0000b").problem().contains("binary"));
    }
}
