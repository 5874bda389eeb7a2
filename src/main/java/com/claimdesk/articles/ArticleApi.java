package com.claimdesk.articles;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

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
import com.claimdesk.intake.ArticleIntake;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

/** Articles for integrators: send one in, read it back. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ArticleApi {

    /** What a client sends. */
    public record ArticleRequest(String title, String url, String outlet, String author, String publishedAt,
            String text) {
    }

    /** What a client gets back. */
    public record ArticleView(long id, String title, String url, String outlet, String author,
            LocalDate publishedAt, String text, String addedBy, Instant addedAt) {

        static ArticleView of(Article article) {
            return new ArticleView(article.id, article.headline, article.url, article.outlet, article.author,
                    article.publishedOn, article.text, article.addedBy, article.addedAt);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Articles articles;

    @Inject
    ArticleIntake intake;

    @POST
    @Transactional
    public Response create(ArticleRequest request) {
        if (request == null) {
            return ApiError.badRequest(FormErrors.none().add("text", "Send the article as a JSON object."));
        }
        ArticleInput input = new ArticleInput(request.title(), request.url(), request.outlet(), request.author(),
                request.publishedAt(), request.text(), null);
        if (input.addressAlone()) {
            return createFromAddress(input);
        }
        FormErrors errors = FormErrors.none();
        Article article = input.toArticle(currentUser.name(), errors);
        if (errors.any()) {
            return ApiError.badRequest(errors);
        }
        var duplicate = Article.findByText(article.text);
        if (duplicate.isPresent()) {
            return Response.status(409).entity(new ApiError(409,
                    "This text is already in ClaimDesk as article " + duplicate.get().id + ".",
                    Map.of("text", "Already stored as article " + duplicate.get().id + "."))).build();
        }
        articles.add(article);
        return Response.created(URI.create("/api/articles/" + article.id)).entity(ArticleView.of(article)).build();
    }

    /** {"url": "…"} and no text: the page is fetched and read; the fetch holds no database connection. */
    private Response createFromAddress(ArticleInput input) {
        ArticleIntake.Outcome outcome;
        try {
            outcome = intake.save(intake.read(input.url(), currentUser.name()), input.given(), currentUser.name());
        } catch (ArticleIntake.Unreadable e) {
            return ApiError.badRequest(FormErrors.none().add("url", e.getMessage()));
        }
        if (outcome instanceof ArticleIntake.Added added) {
            return Response.created(URI.create("/api/articles/" + added.article().id))
                    .entity(ArticleView.of(added.article())).build();
        }
        if (outcome instanceof ArticleIntake.Duplicate duplicate) {
            return Response.status(409).entity(new ApiError(409, duplicate.message(),
                    Map.of("url", duplicate.message()))).build();
        }
        return ApiError.badRequest(((ArticleIntake.Refused) outcome).errors());
    }

    @GET
    @Path("/{id}")
    public ArticleView get(@RestPath long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new NotFoundException();
        }
        return ArticleView.of(article);
    }
}
