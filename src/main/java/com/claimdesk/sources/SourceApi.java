package com.claimdesk.sources;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.accounts.Role;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

/** Sources for integrators. Posting an address already on record answers 303 to the existing source. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class SourceApi {

    /** A source as sent; {@code archiveText} is an optional archived copy of the page's text. */
    public record SourceRequest(String url, String title, String publisher, String type, String publishedAt,
            String accessedAt, String notes, String archiveText) {

        SourceInput toInput() {
            return new SourceInput(url, title, publisher, type, publishedAt, accessedAt, notes, archiveText, null);
        }
    }

    public record ArchiveView(String sha256, Instant capturedAt, String mediaType, long size) {
    }

    public record SourceView(long id, String url, String title, String publisher, SourceType type,
            LocalDate publishedAt, LocalDate accessedAt, String notes, ArchiveView archive, long version) {

        static SourceView of(Source s) {
            ArchiveView archive = !s.archived() ? null
                    : new ArchiveView(s.archiveSha256, s.archiveCapturedAt, s.archiveMediaType, s.archiveSize);
            return new SourceView(s.id, s.url, s.title, s.publisher, s.type, s.publishedOn, s.accessedOn, s.notes,
                    archive, s.version);
        }
    }

    @Inject
    SourceRecords records;

    @Inject
    CurrentUser currentUser;

    @POST
    @Transactional
    public Response create(SourceRequest request) {
        if (request == null) {
            return ApiError.badRequest(FormErrors.none().add("url", "Send the source as a JSON object."));
        }
        SourceRecords.Outcome outcome = records.add(request.toInput(), currentUser.name());
        if (outcome.existing()) {
            return Response.seeOther(URI.create("/api/sources/" + outcome.source().id)).build();
        }
        if (!outcome.ok()) {
            return ApiError.badRequest(outcome.errors());
        }
        Source source = outcome.source();
        return Response.created(URI.create("/api/sources/" + source.id)).entity(SourceView.of(source)).build();
    }

    @GET
    @Path("/{id}")
    public SourceView get(@RestPath long id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw new NotFoundException();
        }
        return SourceView.of(source);
    }
}
