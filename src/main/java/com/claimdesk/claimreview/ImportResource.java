package com.claimdesk.claimreview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Imports other fact-checkers' ClaimReview markup, so reviewers see who has checked a claim already. */
@Path("/claimreview/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ImportResource {

    /** What happened to one ClaimReview of the input. */
    public record Result(int number, String url, String outcome, List<String> problems) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String markup, List<Result> results, FormErrors errors);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @GET
    public TemplateInstance form() {
        return Templates.form("", List.of(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response importMarkup(@RestForm String markup, @RestForm("file") FileUpload file) {
        String input = markup;
        if (file != null && file.size() > 0) {
            if (file.size() > 20L * 1024 * 1024) {
                return refused(markup, "file", "The file is larger than 20 MB.");
            }
            try {
                input = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                return refused(markup, "file", "The file is not UTF-8 text.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<ClaimReviewImport.Item> items;
        try {
            items = ClaimReviewImport.read(input);
        } catch (ClaimReviewImport.Unreadable unreadable) {
            return refused(markup, "markup", unreadable.getMessage());
        }
        List<Result> results = new ArrayList<>();
        for (ClaimReviewImport.Item item : items) {
            results.add(store(item));
        }
        return Response.ok(Templates.form("", results, FormErrors.none())).build();
    }

    private Result store(ClaimReviewImport.Item item) {
        if (!item.valid()) {
            return new Result(item.number(), null, "refused",
                    item.problems().entrySet().stream().map(p -> p.getKey() + ": " + p.getValue()).toList());
        }
        ClaimReviewImport.Found found = item.found();
        if (ExternalFactCheck.count("url", found.url()) > 0) {
            return new Result(item.number(), found.url(), "already imported", List.of());
        }
        ExternalFactCheck check = new ExternalFactCheck();
        check.url = found.url();
        check.organisation = found.organisation();
        check.claimReviewed = found.claimReviewed();
        check.claimant = found.claimant();
        check.rating = found.rating();
        check.publishedOn = found.publishedOn();
        check.importedBy = currentUser.name();
        check.importedAt = Instant.now();
        check.persist();
        // Flushed at once so that a page listing the same URL twice finds the first.
        ExternalFactCheck.flush();
        audit.record(currentUser.name(), "external.imported", "external_fact_check", check.id, null,
                check.organisation + ": " + check.claimReviewed + " (" + check.rating + ")", null,
                Map.of("url", check.url, "rating", check.rating));
        return new Result(item.number(), found.url(), "imported", List.of());
    }

    private static Response refused(String markup, String field, String message) {
        return Response.status(400)
                .entity(Templates.form(markup == null ? "" : markup, List.of(), FormErrors.none().add(field, message)))
                .build();
    }
}
