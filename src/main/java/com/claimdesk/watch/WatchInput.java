package com.claimdesk.watch;

import java.time.Instant;

import org.jboss.resteasy.reactive.RestForm;

import com.claimdesk.sources.UrlNormalizer;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/** The subscribe form: what to watch (a feed, or another fact-checker's ClaimReview), where, under which name. */
public record WatchInput(@RestForm String kind, @RestForm String address, @RestForm String title,
        @RestForm String tag) {

    public WatchInput {
        kind = Inputs.orEmpty(kind);
        address = Inputs.orEmpty(address);
        title = Inputs.orEmpty(title);
        tag = Inputs.orEmpty(tag);
    }

    public static WatchInput empty() {
        return new WatchInput(Watch.Kind.FEED.name(), "", "", "");
    }

    /** Checks every field; an unsaved watch when all are right, else null with the messages. */
    Watch toWatch(String username, FormErrors errors) {
        Watch watch = new Watch();
        watch.kind = Inputs.choice(Watch.Kind.class, kind, "kind", "Choose a feed or ClaimReview.", errors);
        String given = Inputs.required(address, "address", "Give the feed's or the page's web address.",
                Inputs.MAX_URL_LENGTH, errors);
        if (given != null && !errors.has("address")) {
            try {
                watch.address = UrlNormalizer.normalize(given);
            } catch (UrlNormalizer.Refused e) {
                errors.add("address", e.getMessage());
            }
        }
        watch.title = Inputs.required(title, "title", "Name it as the desk knows it (the outlet, the fact-checker).",
                300, errors);
        watch.tag = Inputs.optional(tag, "tag", 100, errors);
        if (errors.any()) {
            return null;
        }
        watch.active = true;
        watch.nextPollAt = Instant.now();
        watch.addedBy = username;
        watch.addedAt = Instant.now();
        return watch;
    }
}
