package com.claimdesk.claimreview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Imports other fact-checkers' ClaimReview markup, so reviewers see who has checked a claim already. */
@Path("/claimreview/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String markup, String url, List<ClaimReviewImporter.Outcome> results,
                FormErrors errors);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ClaimReviewImporter importer;

    @GET
    public TemplateInstance form() {
        return Templates.form("", "", List.of(), FormErrors.none());
    }

    /** {@code url} is the page's own address, against which relative addresses in its markup are resolved. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importMarkup(@RestForm String markup, @RestForm String url, @RestForm("file") FileUpload file) {
        String input = markup;
        String contentType = null;
        if (file != null && file.size() > 0) {
            if (file.size() > 20L * 1024 * 1024) {
                return refused(markup, url, "file", "The file is larger than 20 MB.");
            }
            try {
                input = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                return refused(markup, url, "file", "The file is not UTF-8 text.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            contentType = file.contentType();
        }
        try {
            List<ClaimReviewImporter.Outcome> results = importer.importDocument(input, contentType, url,
                    currentUser.name());
            return Response.ok(Templates.form("", url == null ? "" : url, results, FormErrors.none())).build();
        } catch (ClaimReviewImport.Unreadable unreadable) {
            return refused(markup, url, unreadable.field(), unreadable.getMessage());
        }
    }

    private static Response refused(String markup, String url, String field, String message) {
        return Response.status(400).entity(Templates.form(markup == null ? "" : markup, url == null ? "" : url,
                List.of(), FormErrors.none().add(field, message))).build();
    }
}
