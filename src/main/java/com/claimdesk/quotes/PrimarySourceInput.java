package com.claimdesk.quotes;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.claimdesk.web.Inputs;

/** A primary source as typed: where it is published, its title, and its text pasted or uploaded. */
public record PrimarySourceInput(
        @RestForm String url,
        @RestForm String title,
        @RestForm String publisher,
        @RestForm String publishedAt,
        @RestForm String mediaUrl,
        @RestForm String text,
        @RestForm("file") FileUpload file) {

    public PrimarySourceInput {
        url = Inputs.orEmpty(url);
        title = Inputs.orEmpty(title);
        publisher = Inputs.orEmpty(publisher);
        publishedAt = Inputs.orEmpty(publishedAt);
        mediaUrl = Inputs.orEmpty(mediaUrl);
        text = Inputs.orEmpty(text);
    }

    public static PrimarySourceInput empty() {
        return new PrimarySourceInput(null, null, null, null, null, null, null);
    }

    /** The same input without the file and the pasted text, for showing the form again. */
    public PrimarySourceInput withoutCopy() {
        return new PrimarySourceInput(url, title, publisher, publishedAt, mediaUrl, text.length() > 100_000 ? "" : text,
                null);
    }
}
