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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.claimdesk.intake.ArticleIntake;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * An article as pasted or uploaded on the form, or sent to the API (without a file). The text comes from the
 * text field, or from a .txt or .html file.
 */
public record ArticleInput(
        @RestForm String title,
        @RestForm String url,
        @RestForm String outlet,
        @RestForm String author,
        @RestForm String publishedAt,
        @RestForm String text,
        @RestForm("file") FileUpload file) {

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
        String body = Inputs.clean(CanonicalText.of(text));
        String headline = Inputs.clean(title);
        if (file != null && file.size() > 0) {
            ArticleText.Page page = readFile(errors);
            if (page != null) {
                body = page.text().isBlank() ? null : page.text();
                headline = headline != null ? headline : Inputs.clean(page.headline());
            }
        }
        if (body == null && !errors.has("text")) {
            errors.add("text", "Paste the article's text or upload it as a .txt or .html file.");
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
        article.publishedOn = published;
        article.setText(body);
        article.addedBy = username;
        article.addedAt = Instant.now();
        return article;
    }

    private ArticleText.Page readFile(FormErrors errors) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".txt")) {
            errors.add("file", "Upload a .txt or .html file.");
            return null;
        }
        if (file.size() > 4L * Article.MAX_TEXT_BYTES) {
            errors.add("file", "The file is too large; ClaimDesk takes articles up to 1 MB of text.");
            return null;
        }
        String content;
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.add("file", "The file is not UTF-8 text. Save it as UTF-8 and upload it again.");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        content = CanonicalText.of(content);
        return html ? ArticleText.fromHtml(content, "file", errors) : ArticleText.Page.plain(content.strip());
    }

    private static String megabytes(String body) {
        return String.format(Locale.ROOT, "%.1f", body.getBytes(StandardCharsets.UTF_8).length / 1_048_576.0);
    }
}
