package com.claimdesk.articles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.Passage;
import com.claimdesk.extraction.Candidate;
import com.claimdesk.extraction.CandidateStatus;
import com.claimdesk.extraction.StatementKind;
import com.claimdesk.intake.ArticleIntake;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;
import com.claimdesk.web.KeysetPage;
import com.claimdesk.web.Plural;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Articles: bring one in (paste or upload), read it with its claims marked, pick passages to record. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ArticleResource {

    public static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ArticleRow> articles, Long next);

        static native TemplateInstance create(ArticleInput form, FormErrors errors, Article duplicate);

        static native TemplateInstance show(Article article, List<TextHighlights.Run> runs, List<Claim> claims,
                List<Candidate> candidates, ArticleArchive.Facts archive, long hiddenBeliefs, boolean beliefsShown,
                String passage, FormErrors errors);
    }

    /** A line of the articles list. */
    public record ArticleRow(Long id, String headline, String outlet, LocalDate publishedOn,
            long claims) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Articles articles;

    @Inject
    ArticleIntake intake;

    @GET
    public Response list(@RestQuery String after) {
        Long cursor = Inputs.number(after, "after", FormErrors.none());
        List<ArticleRow> rows = Article.getEntityManager().createQuery("""
                select new com.claimdesk.articles.ArticleResource$ArticleRow(a.id, a.headline, a.outlet,
                       a.publishedOn, (select count(distinct ap.claim) from Appearance ap where ap.article = a))
                from Article a where (:after is null or a.id < :after) order by a.id desc""", ArticleRow.class)
                .setParameter("after", cursor)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        KeysetPage<ArticleRow> page = KeysetPage.of(rows, PAGE_SIZE, ArticleRow::id);
        return Response.ok(Templates.list(page.rows(), page.next())).build();
    }

    @GET
    @Path("/new")
    public TemplateInstance newArticle() {
        return Templates.create(ArticleInput.empty(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response create(ArticleInput form) {
        if (form.addressAlone()) {
            return createFromAddress(form);
        }
        FormErrors errors = FormErrors.none();
        Article article = form.toArticle(currentUser.name(), errors);
        Article duplicate = article == null ? null : Article.findByText(article.text).orElse(null);
        if (duplicate != null) {
            errors.add("text", "This text is already in ClaimDesk.");
        }
        if (errors.any()) {
            String shown = article != null ? article.text : form.text();
            return Response.status(400).entity(Templates.create(form.withText(shown), errors, duplicate)).build();
        }
        articles.add(article);
        long found = Candidate.count("article", article);
        return Flash.redirect("/articles/" + article.id, "Article added; " + Plural.of(found, "statement")
                + " found. Accept them, or select a passage to record a claim.");
    }

    /** The address given alone: the page is fetched, read and stored (the fetch holds no database connection). */
    private Response createFromAddress(ArticleInput form) {
        ArticleIntake.Outcome outcome;
        try {
            outcome = intake.save(intake.read(form.url(), currentUser.name()), form.given(), currentUser.name());
        } catch (ArticleIntake.Unreadable e) {
            outcome = new ArticleIntake.Refused(FormErrors.none().add("url", e.getMessage()));
        }
        if (outcome instanceof ArticleIntake.Added added) {
            return Flash.redirect("/articles/" + added.article().id, "Article fetched and added; "
                    + Plural.of(Candidate.count("article", added.article()), "statement") + " found. "
                    + "Accept them, or select a passage to record a claim.");
        }
        if (outcome instanceof ArticleIntake.Duplicate duplicate) {
            return Response.status(400).entity(Templates.create(form, FormErrors.none().add("url",
                    duplicate.message()), duplicate.existing())).build();
        }
        return Response.status(400).entity(Templates.create(form, ((ArticleIntake.Refused) outcome).errors(), null))
                .build();
    }

    /** The page the article was fetched from, as fetched: a download, never rendered here. */
    @GET
    @Path("/{id}/archive")
    public Response archive(@RestPath long id) {
        ArticleArchive archive = ArticleArchive.findById(id);
        if (archive == null) {
            throw new NotFoundException();
        }
        String name = "article-" + id + (archive.mediaType != null && archive.mediaType.contains("pdf") ? ".pdf"
                : ".html");
        return Response.ok(archive.content, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Archive-SHA256", archive.sha256)
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String beliefs) {
        return page(find(id), "", FormErrors.none(), "show".equals(beliefs));
    }

    /** Finds the words a reader copied from the article and opens the claim form on that passage. */
    @GET
    @Path("/{id}/passage")
    public Response passage(@RestPath long id, @RestQuery String words) {
        Article article = find(id);
        FormErrors errors = FormErrors.none();
        Passage passage = Passage.ofWords(article.text, words, errors);
        if (passage == null) {
            return Response.status(400).entity(page(article, words, errors)).build();
        }
        return Flash.redirect("/claims/new?article=" + id + "&start=" + passage.start() + "&end=" + passage.end());
    }

    /** The article page: its text with claims and open candidates marked, and both listed. */
    public static TemplateInstance page(Article article, String passage, FormErrors errors) {
        return page(article, passage, errors, false);
    }

    /**
     * The article page; states of mind and intentions found ("thinks", "wants") are rarely checkable and are
     * listed and marked only when asked for.
     */
    public static TemplateInstance page(Article article, String passage, FormErrors errors, boolean showBeliefs) {
        List<Claim> claims = Claim.find("""
                select distinct c from Claim c join fetch c.claimant join c.appearances ap
                where ap.article = ?1 order by c.id""", article).list();
        List<Candidate> found = Candidate.list("article = ?1 and status = ?2 order by start", article,
                CandidateStatus.OPEN);
        List<Candidate> candidates = showBeliefs ? found
                : found.stream().filter(c -> c.kind != StatementKind.BELIEF).toList();
        List<TextHighlights.Mark> marks = new ArrayList<>();
        Article.getEntityManager()
                .createQuery("select ap.start, ap.end, ap.claim.id from Appearance ap where ap.article = ?1",
                        Object[].class)
                .setParameter(1, article).getResultList()
                .forEach(row -> marks.add(new TextHighlights.Mark((Integer) row[0], (Integer) row[1], (Long) row[2],
                        TextHighlights.Source.CLAIM)));
        candidates.forEach(c -> marks.add(new TextHighlights.Mark(c.start, c.end, c.id,
                TextHighlights.Source.CANDIDATE)));
        long beliefs = found.stream().filter(c -> c.kind == StatementKind.BELIEF).count();
        return Templates.show(article, TextHighlights.runs(article.text, marks), claims, candidates,
                ArticleArchive.factsOf(article.id), showBeliefs ? 0 : beliefs, showBeliefs && beliefs > 0, passage,
                errors);
    }

    private static Article find(long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new NotFoundException();
        }
        return article;
    }
}
