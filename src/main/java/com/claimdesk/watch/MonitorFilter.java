package com.claimdesk.watch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.claimdesk.extraction.StatementKind;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * The Monitor's filters, as the page's address carries them (and the bulk form repeats them, to come back to the
 * same list): outlet, speaker (part of the name), kind of statement, the watch's topic tag, and whether to show
 * everything still open instead of what is new since the reader last looked.
 */
public record MonitorFilter(
        String outlet,
        String speaker,
        String kind,
        String tag,
        String all) {

    public MonitorFilter {
        outlet = Inputs.orEmpty(outlet).strip();
        speaker = Inputs.orEmpty(speaker).strip();
        kind = Inputs.orEmpty(kind).strip();
        tag = Inputs.orEmpty(tag).strip();
        all = Inputs.orEmpty(all).strip();
    }

    public boolean everything() {
        return !all.isEmpty();
    }

    /** The kind asked for, null for any; a kind that does not exist is a message beside the field. */
    StatementKind statementKind(FormErrors errors) {
        if (kind.isEmpty()) {
            return null;
        }
        for (StatementKind option : StatementKind.values()) {
            if (option.wireName().equalsIgnoreCase(kind)) {
                return option;
            }
        }
        errors.add("kind", "Choose a kind from the list.");
        return null;
    }

    /** Checks the lengths of what was typed. */
    void check(FormErrors errors) {
        Inputs.optional(outlet, "outlet", 200, errors);
        Inputs.optional(speaker, "speaker", 200, errors);
        Inputs.optional(tag, "tag", 100, errors);
        statementKind(errors);
    }

    /** The Monitor's address with these filters. */
    public String address() {
        List<String> parts = new ArrayList<>();
        add(parts, "outlet", outlet);
        add(parts, "speaker", speaker);
        add(parts, "kind", kind);
        add(parts, "tag", tag);
        add(parts, "all", all);
        return "/monitor" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
