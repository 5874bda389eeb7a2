package com.claimdesk.fetch;

/**
 * What was fetched last time (ETag and Last-Modified as the site sent them), so that a page unchanged since is
 * answered with 304 and not sent again. Either may be null.
 */
public record Conditions(String etag, String lastModified) {

    public static final Conditions NONE = new Conditions(null, null);

    /** The conditions of a page fetched before, to ask next time whether it changed. */
    public static Conditions of(Fetched fetched) {
        return new Conditions(fetched.etag(), fetched.lastModified());
    }
}
