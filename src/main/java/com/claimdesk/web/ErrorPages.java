package com.claimdesk.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Every error a person can meet, rendered through the layout for pages and as a small JSON body for the API.
 * Never a stack trace: unexpected failures are logged with an id that the page shows.
 */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message, String reference);
    }

    /** The JSON shape of every API error; {@code fields} names each wrong field with its message. */
    public record ApiError(int status, String message, Map<String, String> fields) {

        /** 400 with a message per field, as a form shows them. */
        public static Response badRequest(FormErrors errors) {
            Map<String, String> fields = errors.asMap();
            String message = fields.size() == 1 ? "The field " + fields.keySet().iterator().next() + " is not right."
                    : "The fields " + String.join(", ", fields.keySet()) + " are not right.";
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(400, message, fields)).build();
        }
    }

    /** Malformed JSON or a value of the wrong type, with the field named where Jackson knows it. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        if (e instanceof NulRefusal.NulInText) {
            return ApiError.badRequest(FormErrors.none().add(field.isEmpty() ? "body" : field, NulRefusal.MESSAGE));
        }
        boolean syntax = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            syntax |= t instanceof JsonParseException;
        }
        if (syntax || field.isEmpty()) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(400,
                    "The request body is not valid JSON" + where + ".", Map.of())).build();
        }
        return ApiError.badRequest(FormErrors.none().add(field, "This value has the wrong type."));
    }

    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response brokenJson(JsonParseException e) {
        return unreadableJson(e);
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return render(uri, 403, "Not allowed",
                "Your account does not have the role this page needs. Ask an administrator if you should have it.", "");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return switch (status) {
            case 404 -> notFound(uri);
            case 403 -> forbidden(new ForbiddenException(), uri);
            case 405 -> formPage(uri, request).orElseGet(() -> render(uri, 405, "Not possible here",
                    "This address does not accept that kind of request.", ""));
            case 415 -> render(uri, 415, "Unsupported content",
                    "The request body has a content type this address does not take.", "");
            default -> render(uri, status, "Bad request", clientMessage(e), "");
        };
    }

    /** The pool, rid of broken connections when the database is found unreachable (see {@link #unexpected}). */
    @Inject
    AgroalDataSource dataSource;

    /** When the pool was last asked to check its connections: once a second is enough, however many fail. */
    private final AtomicLong lastFlush = new AtomicLong();

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            Log.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            // Connections from before an outage are broken, and the pool checks a connection before a loan only
            // after a second idle: without this, the first requests once PostgreSQL is back could meet them. The
            // idle ones are checked now, in the pool's own thread, and the broken ones closed; during an outage
            // every request fails, and one check a second keeps that thread from a queue of them.
            long now = System.currentTimeMillis();
            long last = lastFlush.get();
            if (now - last >= 1000 && lastFlush.compareAndSet(last, now)) {
                dataSource.flush(AgroalDataSource.FlushMode.INVALID);
            }
            return Response.fromResponse(render(uri, 503, "ClaimDesk is briefly unavailable",
                    "The database cannot be reached. Nothing you sent was saved; try again in a minute.", ""))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (databaseBusy(e)) {
            Log.warnf("Database busy on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(render(uri, 503, "ClaimDesk is busy",
                    "The database took too long to answer. Nothing you sent was saved; try again in a moment.", ""))
                    .header("Retry-After", BUSY_RETRY_AFTER_SECONDS).build();
        }
        if (simultaneousChange(e)) {
            return render(uri, 409, "Changed at the same moment",
                    "Someone else changed this record at the same moment, and their change was saved first. Nothing"
                            + " of yours was saved: reload the page, check what changed, and try again.", "");
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(e, "Unexpected failure %s on %s", reference, uri.getPath());
        return render(uri, 500, "Something went wrong",
                "The error has been logged. If it happens again, tell the ClaimDesk team this reference.", reference);
    }

    static final String RETRY_AFTER_SECONDS = "30";
    static final String BUSY_RETRY_AFTER_SECONDS = "5";

    /** SQL states of a statement ended by a time limit: too slow (57014) or waiting too long for a lock (55P03). */
    private static final Set<String> TOO_SLOW = Set.of("57014", "55P03");

    private static boolean databaseBusy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && TOO_SLOW.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL down or unreachable: a connection refused, lost, cut by the server (SQL state class 57P:
     * shut down, restarted, or ended by an administrator), or not had from the pool in time, however the pool
     * failed to make one (a connection attempt cut short by the pool's own time limit ends in the driver's
     * "something unusual has occurred").
     */
    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof ConnectException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof GenericJDBCException && cause.getMessage() != null
                    && cause.getMessage().startsWith("Unable to acquire JDBC Connection")) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                    || sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two people saving the same record at once: the version check (optimistic locking) or a uniqueness rule
     * such as "one published verdict per claim" stops the second at commit.
     */
    private static final Set<String> ONE_AT_A_TIME = Set.of(
            "verdict_one_published", // two editors publishing the same claim
            "verdict_revision_unique"); // two people starting a verdict or a correction of the same claim

    private static boolean simultaneousChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && ONE_AT_A_TIME.contains(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /** A GET on the address a form posts to (reload, bookmark, history) goes back to the form's page. */
    static Optional<Response> formPage(UriInfo uri, Request request) {
        return "GET".equals(request.getMethod()) ? FormAddresses.pageOf(uri.getPath()).map(Flash::redirect)
                : Optional.empty();
    }

    static Response notFound(UriInfo uri) {
        return render(uri, 404, "Page not found",
                "There is nothing at this address. It may have been mistyped, or the record may have been removed.", "");
    }

    static Response render(UriInfo uri, int status, String title, String message, String reference) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status, reference.isEmpty() ? message : message + " (" + reference + ")",
                            Map.of()))
                    .build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, title, message, reference))
                .build();
    }

    /** Framework messages for 4xx (malformed JSON, a wrong parameter) are fit to show; anything else is not. */
    private static String clientMessage(WebApplicationException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP ")) {
            return "The request could not be understood. Check what was sent and try again.";
        }
        return message;
    }
}
