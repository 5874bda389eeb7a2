package com.claimdesk.claimreview;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Published fact-checks for aggregators: a schema.org DataFeed of ClaimReview (the shape of Google's Fact
 * Check Markup Tool feed) and a CSV export. Both stream from the database, one fact-check at a time.
 */
@Path("/claimreview")
@PermitAll
public class FeedResource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    FactChecks factChecks;

    @Inject
    ClaimReviews claimReviews;

    /** The feed; {@code since} (ISO-8601) limits it to fact-checks published or corrected after that instant. */
    @GET
    @Path("/feed.json")
    public Response feed(@RestQuery String since, Request request) {
        Instant after = parseSince(since);
        FactChecks.Freshness freshness = factChecks.freshness(after);
        EntityTag tag = new EntityTag(freshness.count() + "-" + freshness.lastId() + "-"
                + (freshness.lastModified() == null ? 0 : freshness.lastModified().toEpochMilli()));
        Date lastModified = freshness.lastModified() == null ? null : Date.from(freshness.lastModified());
        Response.ResponseBuilder unchanged = lastModified == null ? request.evaluatePreconditions(tag)
                : request.evaluatePreconditions(lastModified, tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        ClaimReviewMapping.Publisher publisher = claimReviews.publisher();
        StreamingOutput body = output -> {
            try (JsonGenerator json = MAPPER.getFactory().createGenerator(output, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("@context", "https://schema.org");
                json.writeStringField("@type", "DataFeed");
                json.writeStringField("name", publisher.name() + " fact-checks");
                json.writeStringField("url", publisher.baseUrl() + "/claimreview/feed.json");
                json.writeStringField("dateModified", timestamp(freshness.lastModified()));
                json.writeArrayFieldStart("dataFeedElement");
                factChecks.each(after, fact -> writeItem(json, fact, publisher));
                factChecks.eachRetraction(after, retraction -> writeRemoval(json, retraction, publisher));
                json.writeEndArray();
                json.writeEndObject();
            }
        };
        Response.ResponseBuilder response = Response.ok(body, "application/ld+json; charset=utf-8").tag(tag);
        return (lastModified == null ? response : response.lastModified(lastModified)).build();
    }

    /** Published fact-checks as CSV (RFC 4180), for spreadsheets and archives. */
    @GET
    @Path("/export.csv")
    public Response csv() {
        ClaimReviewMapping.Publisher publisher = claimReviews.publisher();
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            Csv.row(writer, List.of("url", "claim_reviewed", "claimant", "rating", "rating_value", "date_published",
                    "date_modified", "first_appearance"));
            factChecks.each(null, fact -> {
                ClaimReviewDocument review = ClaimReviewMapping.toClaimReview(fact, publisher);
                String first = fact.appearances().isEmpty() ? "" : nullToEmpty(fact.appearances().get(0).url());
                try {
                    Csv.row(writer, List.of(review.url(), fact.claimReviewed(), fact.claimant(), fact.rating(),
                            fact.ratingValue() == null ? "" : fact.ratingValue().toString(),
                            nullToEmpty(review.datePublished()), nullToEmpty(review.dateModified()), first));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=utf-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"fact-checks.csv\"").build();
    }

    /**
     * A fact-check's identity in the feed, the same through corrections (its address changes with a reworded
     * claim): what a reader keys it by, and what a removal names.
     */
    static String id(ClaimReviewMapping.Publisher publisher, long claimId) {
        return publisher.baseUrl() + "/fact-checks/" + claimId + "#claimreview";
    }

    private static void writeItem(JsonGenerator json, FactCheck fact, ClaimReviewMapping.Publisher publisher) {
        try {
            ObjectNode review = MAPPER.valueToTree(ClaimReviewMapping.toClaimReview(fact, publisher));
            ObjectNode item = MAPPER.createObjectNode();
            item.set("@context", review.remove("@context"));
            item.set("@type", review.remove("@type"));
            item.put("@id", id(publisher, fact.claimId()));
            item.setAll(review);
            json.writeStartObject();
            json.writeStringField("@type", "DataFeedItem");
            json.writeStringField("dateModified", timestamp(fact.publishedAt()));
            json.writeArrayFieldStart("item");
            MAPPER.writeTree(json, item);
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** schema.org's way of saying an item left the feed: dateDeleted, and the removed item by its @id. */
    private static void writeRemoval(JsonGenerator json, FactChecks.Retraction retraction,
            ClaimReviewMapping.Publisher publisher) {
        try {
            json.writeStartObject();
            json.writeStringField("@type", "DataFeedItem");
            json.writeStringField("dateDeleted", timestamp(retraction.retractedAt()));
            json.writeObjectFieldStart("item");
            json.writeStringField("@type", "ClaimReview");
            json.writeStringField("@id", id(publisher, retraction.claimId()));
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(since.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                parsed = LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                parsed = null;
            }
        }
        if (parsed == null || !FactChecks.storable(parsed)) {
            throw new BadRequestException("Give since as an ISO-8601 date or time between the years 1 and 9999, "
                    + "e.g. 2022-01-27 or 2022-01-27T10:00:00Z.");
        }
        return parsed;
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
