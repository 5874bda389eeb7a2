package com.claimdesk.claimreview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.qute.RawString;

/** JSON-LD text, and the same made safe to stand inside an HTML {@code <script>} element. */
public final class JsonLd {

    public static final String MEDIA_TYPE = "application/ld+json";

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonLd() {
    }

    public static String json(Object document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A ClaimReview record always serialises", e);
        }
    }

    /**
     * The JSON with {@code <}, {@code >} and {@code &} (and the two line separators JavaScript treats as line
     * ends) written as JSON escapes: still the same JSON, but "</script>" or "<!--" in a claim cannot end or
     * comment out the script element.
     */
    public static RawString forScript(Object document) {
        String json = json(document);
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return new RawString(safe.toString());
    }
}
