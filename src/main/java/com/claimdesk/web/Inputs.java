package com.claimdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns what people type into typed values, recording a message against the field instead of throwing, so
 * forms and the API report every problem at once.
 */
public final class Inputs {

    public static final int MAX_URL_LENGTH = 2048;

    private Inputs() {
    }

    /**
     * A field left out of a request reads as empty, as it would from a blank form field. NUL characters are
     * dropped: they mean nothing in text, and PostgreSQL refuses them.
     */
    public static String orEmpty(String value) {
        return value == null ? "" : withoutNul(value);
    }

    public static String withoutNul(String value) {
        return value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    /** The value without surrounding white space, or null when nothing was typed. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = withoutNul(value).strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static String required(String value, String field, String message, int maxLength, FormErrors errors) {
        String cleaned = clean(value);
        if (cleaned == null) {
            errors.add(field, message);
        } else if (cleaned.length() > maxLength) {
            errors.add(field, "Use at most " + maxLength + " characters (this has " + cleaned.length() + ").");
        }
        return cleaned;
    }

    public static String optional(String value, String field, int maxLength, FormErrors errors) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.length() > maxLength) {
            errors.add(field, "Use at most " + maxLength + " characters (this has " + cleaned.length() + ").");
        }
        return cleaned;
    }

    /** A calendar date, as a date field sends it (YYYY-MM-DD); a full ISO timestamp gives its date. */
    public static LocalDate date(String value, String field, FormErrors errors) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return null;
        }
        try {
            boolean timestamp = cleaned.length() > 10 && cleaned.charAt(10) == 'T';
            return LocalDate.parse(timestamp ? cleaned.substring(0, 10) : cleaned);
        } catch (DateTimeParseException e) {
            errors.add(field, "Give the date as YYYY-MM-DD, e.g. 2022-01-27.");
            return null;
        }
    }

    /** A date that is not in the future: when something was said, published or seen. */
    public static LocalDate pastDate(String value, String field, FormErrors errors) {
        LocalDate date = date(value, field, errors);
        if (date != null && date.isAfter(LocalDate.now())) {
            errors.add(field, "The date is in the future.");
        }
        return date;
    }

    public static Long number(String value, String field, FormErrors errors) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return null;
        }
        try {
            return Long.parseLong(cleaned);
        } catch (NumberFormatException e) {
            errors.add(field, "Give a whole number.");
            return null;
        }
    }

    /** An http or https address; anything else (javascript:, data:, a bare word) is refused. */
    public static String webAddress(String value, String field, FormErrors errors) {
        String cleaned = optional(value, field, MAX_URL_LENGTH, errors);
        if (cleaned == null || errors.has(field)) {
            return cleaned;
        }
        try {
            URI uri = new URI(cleaned);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add(field, "Give a web address starting with http:// or https://.");
            }
        } catch (URISyntaxException e) {
            errors.add(field, "This is not a valid web address.");
        }
        return cleaned;
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message,
            FormErrors errors) {
        String cleaned = clean(value);
        if (cleaned != null) {
            for (E option : type.getEnumConstants()) {
                if (option.name().equalsIgnoreCase(cleaned)) {
                    return option;
                }
            }
        }
        errors.add(field, message);
        return null;
    }
}
