package com.claimdesk.quotes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import com.claimdesk.claims.Appearance;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimKind;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.claims.Claimant;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.sources.Source;
import com.claimdesk.sources.SourceArchive;
import com.claimdesk.sources.SourceType;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Claims with a quote and primary sources with an archived transcript, made directly in the database. */
final class QuoteFixtures {

    private QuoteFixtures() {
    }

    static String blinken() {
        try (InputStream in = QuoteFixtures.class.getResourceAsStream("/quotes/blinken-press-availability-2022-01-26.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A direct quote by {@code claimant}, seen on a web page. */
    static Claim quote(String claimant, String statement) {
        Claimant who = ClaimFixtures.claimant(claimant);
        return QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = new Claim();
            claim.statement = statement;
            claim.claimReviewed = "Quote " + UUID.randomUUID();
            claim.claimant = Claimant.findById(who.id);
            claim.kind = ClaimKind.DIRECT_QUOTE;
            claim.status = ClaimStatus.NEW;
            claim.createdBy = "fixture";
            claim.createdAt = Instant.now();
            claim.updatedAt = claim.createdAt;
            claim.persist();
            Appearance appearance = new Appearance();
            appearance.claim = claim;
            appearance.url = "https://example.org/" + UUID.randomUUID();
            appearance.seenOn = LocalDate.of(2022, 1, 27);
            appearance.createdAt = claim.createdAt;
            appearance.persist();
            return claim;
        });
    }

    /** A primary source whose archived copy is {@code text}. */
    static Source transcript(String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Source source = new Source();
            source.url = "https://example.gov/transcript/" + UUID.randomUUID();
            source.title = "Transcript " + UUID.randomUUID();
            source.type = SourceType.TRANSCRIPT;
            source.accessedOn = LocalDate.now();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            source.archiveSha256 = SourceArchive.sha256(bytes);
            source.archiveCapturedAt = Instant.now();
            source.archiveFileName = "transcript.txt";
            source.archiveMediaType = "text/plain; charset=utf-8";
            source.archiveSize = (long) bytes.length;
            source.createdBy = "fixture";
            source.createdAt = Instant.now();
            source.updatedAt = source.createdAt;
            source.persist();
            SourceArchive archive = new SourceArchive();
            archive.sourceId = source.id;
            archive.content = bytes;
            archive.persist();
            return source;
        });
    }

    /** A PDF with these lines on one page, written with PDFBox's standard fonts. */
    static byte[] pdf(String... lines) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
