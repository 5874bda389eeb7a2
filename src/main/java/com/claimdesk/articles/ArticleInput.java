package com.claimdesk.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.claimdesk.documents.PdfText;
import com.claimdesk.intake.ArticleIntake;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * An article as pasted or uploaded on the form, or sent to the API (without a file). The text comes from the
 * text field, or from a .txt, .html or .pdf file. Pasted text and .txt files lose the lines a copied web page
 * drags along ({@link WebLeftovers}); an .html page fills the fields left blank from what it says about itself;
 * a PDF keeps its page numbers ({@link ArticlePages}).
 */
public record ArticleInput(
        @RestForm String title,
        @RestForm String url,
        @RestForm String outlet,
        @RestForm String author,
        @RestForm String publishedAt,
        @RestForm String text,
        @RestForm("file") FileUpload file) {

    /** Press releases and reports with pictures run to a few MB; the text is held to 1 MB all the same. */
    static final long MAX_PDF_BYTES = 10L * 1024 * 1024;

    /** A field left out of the request reads as empty, as it would from a blank form field. */
    public ArticleInput {
        title = Inputs.orEmpty(title);
        url = Inputs.orEmpty(url);
        outlet = Inputs.orEmpty(outlet);
        author = Inputs.orEmpty(author);
        publishedAt = Inputs.orEmpty(publishedAt);
        text = Inputs.orEmpty(text);
    }

    public static ArticleInput empty() {
        return new ArticleInput("", "", "", "", "", "", null);
    }

    /** The same input without its file, for re-showing the form (a browser never re-fills a file field). */
    public ArticleInput withText(String newText) {
        return new ArticleInput(title, url, outlet, author, publishedAt, newText, null);
    }

    /**
     * Only a web address given, and a valid one: the article is to be fetched from it. Anything else (no text and
     * an address that is none) is checked as a pasted article, with a message beside each field.
     */
    public boolean addressAlone() {
        if (!text.isBlank() || file != null && file.size() > 0) {
            return false;
        }
        FormErrors check = FormErrors.none();
        return Inputs.webAddress(url, "url", check) != null && !check.any();
    }

    /** What was typed beside the address, to stand before what the fetched page says. */
    public ArticleIntake.Given given() {
        return new ArticleIntake.Given(title, outlet, author, publishedAt);
    }

    /** Checks every field; returns an unsaved article when all are right, else null with the messages. */
    public Article toArticle(String username, FormErrors errors) {
        // Canonical before stripping, so that a no-break space at either end is stripped like any space.
        String body = Inputs.clean(pasted(text));
        String headline = Inputs.clean(title);
        ArticleText.Page uploaded = null;
        if (file != null && file.size() > 0) {
            uploaded = readFile(errors);
            if (uploaded != null) {
                body = uploaded.text().isBlank() ? null : uploaded.text();
                headline = headline != null ? headline : Inputs.clean(uploaded.headline());
            }
        }
        if (body == null && !errors.has("text")) {
            errors.add("text", "Paste the article's text or upload it as a .txt, .html or .pdf file.");
        } else if (body != null && body.getBytes(StandardCharsets.UTF_8).length > Article.MAX_TEXT_BYTES) {
            errors.add("text", "The text is " + megabytes(body) + " MB; ClaimDesk takes articles up to 1 MB.");
        }
        Article article = new Article();
        article.headline = Inputs.required(headline, "title", "Give the headline.", 500, errors);
        article.url = Inputs.webAddress(url, "url", errors);
        article.outlet = Inputs.optional(outlet, "outlet", 200, errors);
        article.author = Inputs.optional(author, "author", 200, errors);
        LocalDate published = Inputs.pastDate(publishedAt, "publishedAt", errors);
        if (errors.any()) {
            return null;
        }
        if (uploaded != null) {
            ArticleText.Metadata about = uploaded.metadata();
            article.url = fromPage(article.url, about.canonicalUrl(), (v, e) -> Inputs.webAddress(v, "url", e));
            article.outlet = fromPage(article.outlet, about.outlet(), (v, e) -> Inputs.optional(v, "outlet", 200, e));
            article.author = fromPage(article.author, about.author(), (v, e) -> Inputs.optional(v, "author", 200, e));
            published = fromPage(published, about.publishedAt(), (v, e) -> Inputs.pastDate(v, "publishedAt", e));
        }
        article.publishedOn = published;
        article.setText(body);
        article.addedBy = username;
        article.addedAt = Instant.now();
        return article;
    }

    /**
     * Pasted text as ClaimDesk keeps it. {@code POST /api/extract} reads text the same way, so that its offsets
     * hold for the article the text becomes.
     */
    public static String pasted(String text) {
        return WebLeftovers.strip(CanonicalText.of(text));
    }

    /**
     * What an uploaded page says about itself, for a field the form left blank: only a value the form itself
     * would take, so that a page's odd date or overlong name never becomes a message about a field nobody typed.
     */
    private static <T> T fromPage(T typed, String said, BiFunction<String, FormErrors, T> check) {
        if (typed != null || said == null) {
            return typed;
        }
        FormErrors quiet = FormErrors.none();
        T value = check.apply(said, quiet);
        return quiet.any() ? null : value;
    }

    private ArticleText.Page readFile(FormErrors errors) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        boolean pdf = name.endsWith(".pdf");
        if (!html && !pdf && !name.endsWith(".txt")) {
            errors.add("file", "Upload a .txt, .html or .pdf file.");
            return null;
        }
        if (file.size() > (pdf ? MAX_PDF_BYTES : 4L * Article.MAX_TEXT_BYTES)) {
            errors.add("file", pdf ? "The PDF is larger than 10 MB; ClaimDesk takes PDF articles up to 10 MB."
                    : "The file is too large; ClaimDesk takes articles up to 1 MB of text.");
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pdf) {
            return readPdf(bytes, errors);
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.add("file", "The file is not UTF-8 text. Save it as UTF-8 and upload it again.");
            return null;
        }
        return html ? ArticleText.fromHtml(CanonicalText.of(content), "file", errors)
                : ArticleText.Page.plain(pasted(content).strip());
    }

    private static ArticleText.Page readPdf(byte[] bytes, FormErrors errors) {
        try {
            return ArticleText.Page.plain(ArticlePages.text(PdfText.read(bytes)));
        } catch (PdfText.Unreadable e) {
            errors.add("file", e.getMessage());
            return null;
        }
    }

    private static String megabytes(String body) {
        return String.format(Locale.ROOT, "%.1f", body.getBytes(StandardCharsets.UTF_8).length / 1_048_576.0);
    }
}
