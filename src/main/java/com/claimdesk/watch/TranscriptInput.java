package com.claimdesk.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.claimdesk.articles.Article;
import com.claimdesk.articles.ArticleKind;
import com.claimdesk.articles.CanonicalText;
import com.claimdesk.extraction.TranscriptTurns;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * A transcript as pasted or uploaded: speaker-labelled text ({@code JANE DOE: …}), SRT or WebVTT captions (speakers
 * as {@code <v Jane Doe>} voices or labels in the cues).
 */
public record TranscriptInput(
        @RestForm String title,
        @RestForm String url,
        @RestForm String outlet,
        @RestForm String publishedAt,
        @RestForm String text,
        @RestForm("file") FileUpload file) {

    public TranscriptInput {
        title = Inputs.orEmpty(title);
        url = Inputs.orEmpty(url);
        outlet = Inputs.orEmpty(outlet);
        publishedAt = Inputs.orEmpty(publishedAt);
        text = Inputs.orEmpty(text);
    }

    public static TranscriptInput empty() {
        return new TranscriptInput("", "", "", "", "", null);
    }

    /** The same input without its file, for re-showing the form. */
    public TranscriptInput withoutFile() {
        return new TranscriptInput(title, url, outlet, publishedAt, text, null);
    }

    /** Checks every field; an unsaved transcript article when all are right, else null with the messages. */
    public Article toArticle(String username, FormErrors errors) {
        String field = file != null && file.size() > 0 ? "file" : "text";
        String given = field.equals("file") ? readFile(errors) : Inputs.clean(CanonicalText.of(text));
        String stored = null;
        if (given == null && !errors.any()) {
            errors.add("text", "Paste the transcript, or upload it as an .srt, .vtt or .txt file.");
        } else if (given != null) {
            stored = TranscriptTurns.storedText(CanonicalText.of(given));
            if (stored == null) {
                errors.add(field, "No speaker labels found. Start each turn with its speaker (JANE DOE: …), or "
                        + "name the speakers of WebVTT cues (<v Jane Doe>).");
            } else if (stored.getBytes(StandardCharsets.UTF_8).length > Article.MAX_TEXT_BYTES) {
                errors.add(field, "The transcript is longer than 1 MB of text; split it into parts.");
            }
        }
        Article article = new Article();
        article.headline = Inputs.required(title, "title", "Give the transcript a title (what, who, when).", 500,
                errors);
        article.url = Inputs.webAddress(url, "url", errors);
        article.outlet = Inputs.optional(outlet, "outlet", 200, errors);
        LocalDate published = Inputs.pastDate(publishedAt, "publishedAt", errors);
        if (errors.any()) {
            return null;
        }
        article.kind = ArticleKind.TRANSCRIPT;
        article.publishedOn = published;
        article.setText(stored);
        article.addedBy = username;
        article.addedAt = Instant.now();
        return article;
    }

    private String readFile(FormErrors errors) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".srt") || name.endsWith(".vtt") || name.endsWith(".txt"))) {
            errors.add("file", "Upload an .srt, .vtt or .txt file.");
            return null;
        }
        if (file.size() > 4L * Article.MAX_TEXT_BYTES) {
            errors.add("file", "The file is larger than 4 MB; split the transcript into parts.");
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return Inputs.clean(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            errors.add("file", "The file is not UTF-8 text. Save it as UTF-8 and upload it again.");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
