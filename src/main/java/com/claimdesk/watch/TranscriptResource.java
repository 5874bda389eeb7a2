package com.claimdesk.watch;

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

import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.articles.Articles;
import com.claimdesk.extraction.Candidate;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Plural;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Transcripts (labelled text, SRT, WebVTT) brought in as articles whose statements are the speakers' turns. */
@Path("/transcripts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class TranscriptResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(TranscriptInput form, FormErrors errors, Article duplicate);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Articles articles;

    @GET
    @Path("/new")
    public TemplateInstance newTranscript() {
        return Templates.create(TranscriptInput.empty(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response create(TranscriptInput form) {
        FormErrors errors = FormErrors.none();
        Article article = form.toArticle(currentUser.name(), errors);
        Article duplicate = article == null ? null : Article.findByText(article.text).orElse(null);
        if (duplicate != null) {
            errors.add("text", "This transcript is already in ClaimDesk.");
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.create(form.withoutFile(), errors, duplicate)).build();
        }
        articles.add(article);
        long turns = Candidate.count("article", article);
        return Flash.redirect("/articles/" + article.id, "Transcript added; " + Plural.of(turns, "statement")
                + " by named speakers. Accept them, or select a passage to record a claim.");
    }
}
