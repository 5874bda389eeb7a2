package com.claimdesk.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Reviewers;
import com.claimdesk.accounts.Reviewers.Reviewer;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.sources.Evidence;
import com.claimdesk.sources.EvidenceInput;
import com.claimdesk.sources.Stance;
import com.claimdesk.verdicts.Rating;
import com.claimdesk.verdicts.Verdict;
import com.claimdesk.verdicts.VerdictInput;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.search.SimilarClaims;
import com.claimdesk.claimreview.ExternalFactCheck;
import com.claimdesk.quotes.StoredChecks;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;
import com.claimdesk.web.KeysetPage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reviewer's claim pages: list, record from a passage, read, edit, move between states. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ClaimResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClaimFilter filter, ClaimListQuery query, KeysetPage<ClaimRow> page,
                Map<ClaimStatus, Long> counts, List<Reviewer> reviewers, FormErrors errors);

        static native TemplateInstance create(ClaimInput form, Article article, String passage,
                List<String> claimantNames, List<Reviewer> reviewers, boolean returnToArticle, FormErrors errors);

        static native TemplateInstance show(Claim claim, Map<Stance, List<Evidence>> evidence,
                List<Evidence> linkedEvidence, List<Evidence> unlinked, EvidenceInput evidenceForm, Verdict verdict, List<Rating> ratings,
                VerdictInput verdictForm, List<AuditEntry> timeline, List<ExternalFactCheck> alsoChecked,
                List<SimilarClaims.Match> similar, Verdict sameAsVerdict, StoredChecks quoteChecks, FormErrors errors);

        static native TemplateInstance edit(Claim claim, ClaimInput form, long version, List<String> claimantNames,
                List<Reviewer> reviewers, FormErrors errors);

        static native TemplateInstance conflict(Claim current, ClaimInput yours, List<String> claimantNames,
                List<Reviewer> reviewers, FormErrors errors);
    }

    @Inject
    ClaimRecords records;

    @Inject
    CurrentUser currentUser;

    @Inject
    StatusCounts statusCounts;


    @GET
    public Response list(ClaimListQuery query) {
        FormErrors errors = FormErrors.none();
        ClaimFilter filter = query.toFilter(errors);
        if (errors.any()) {
            filter = ClaimFilter.all();
        }
        return Response.status(errors.any() ? 400 : 200)
                .entity(Templates.list(filter, query, filter.rows(), statusCounts.of(filter), reviewers(), errors))
                .build();
    }

    /** The claim form for a passage of an article (the article page finds the range of a quoted passage). */
    @GET
    @Path("/new")
    public Response newClaim(@RestQuery Long article, @RestQuery String start, @RestQuery String end) {
        Article source = article == null ? null : Article.findById(article);
        FormErrors errors = FormErrors.none();
        Passage passage = source == null ? null : Passage.ofRange(source.text, start, end, errors);
        if (source == null) {
            errors.add("appearance.articleId", "Open an article and choose a passage first.");
        }
        if (errors.any()) {
            return Response.status(400).entity(
                    Templates.create(blankForm(), source, null, claimantNames(), reviewers(), false, errors)).build();
        }
        ClaimInput form = ClaimInput.forPassage(source, passage.start(), passage.end());
        return Response.ok(Templates.create(form, source, source.text.substring(passage.start(), passage.end()),
                claimantNames(), reviewers(), false, errors)).build();
    }

    @POST
    @Transactional
    public Response create(ClaimInput form, @RestForm String then) {
        boolean returnToArticle = "article".equals(then);
        ClaimRecords.Outcome outcome = records.create(form, currentUser.name());
        if (!outcome.ok()) {
            Long articleId = Inputs.number(form.articleId(), "appearance.articleId", FormErrors.none());
            Article article = articleId == null ? null : Article.findById(articleId);
            Passage passage = article == null ? null
                    : Passage.ofRange(article.text, form.start(), form.end(), FormErrors.none());
            String words = passage == null ? null : article.text.substring(passage.start(), passage.end());
            return Response.status(400).entity(Templates.create(form, article, words, claimantNames(), reviewers(),
                    returnToArticle, outcome.errors())).build();
        }
        Long articleId = Inputs.number(form.articleId(), "appearance.articleId", FormErrors.none());
        if (returnToArticle && articleId != null) {
            // A found statement, edited then accepted: back to the article's other statements.
            return Flash.redirect("/articles/" + articleId + "#candidates",
                    "Claim recorded: " + outcome.claim().claimReviewed);
        }
        return Flash.redirect("/claims/" + outcome.claim().id, "Claim recorded.");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        return page(findForPage(id), EvidenceInput.empty(), FormErrors.none());
    }

    /** The claim page, with its evidence grouped by stance and the evidence form as last typed. */
    public static TemplateInstance page(Claim claim, EvidenceInput evidenceForm, FormErrors errors) {
        return page(claim, evidenceForm, VerdictInput.empty(), errors);
    }

    /** The claim page with the verdict form as last typed (when starting the verdict was refused). */
    public static TemplateInstance page(Claim claim, EvidenceInput evidenceForm, VerdictInput verdictForm,
            FormErrors errors) {
        List<Evidence> linked = Evidence.linkedTo(claim);
        return Templates.show(claim, Evidence.byStance(linked), linked, Evidence.unlinkedFrom(claim), evidenceForm,
                Verdict.latestFor(claim).orElse(null), Rating.offered(), verdictForm, AuditEntry.forClaim(claim.id),
                ExternalFactCheck.similarTo(claim.claimReviewed), SimilarClaims.of(claim.id, claim.claimReviewed),
                claim.sameAs == null ? null : Verdict.latestFor(claim.sameAs).orElse(null),
                StoredChecks.forClaim(claim.id), errors);
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Claim claim = findForPage(id);
        return Templates.edit(claim, ClaimInput.of(claim), claim.version, claimantNames(), reviewers(),
                FormErrors.none());
    }

    @POST
    @Path("/{id}")
    @Transactional
    public Response update(@RestPath long id, @RestForm long version, ClaimInput form) {
        Claim claim = findForPage(id);
        if (claim.version != version) {
            return Response.status(409)
                    .entity(Templates.conflict(claim, form, claimantNames(), reviewers(), FormErrors.none())).build();
        }
        ClaimRecords.Outcome outcome = records.update(claim, form, currentUser.name());
        if (!outcome.ok()) {
            return Response.status(400).entity(Templates.edit(claim, form, version, claimantNames(), reviewers(),
                    outcome.errors())).build();
        }
        return Flash.redirect("/claims/" + id, "Claim saved.");
    }

    @POST
    @Path("/{id}/status")
    @Transactional
    public Response move(@RestPath long id, @RestForm long version, @RestForm String to, @RestForm String reason) {
        Claim claim = findForPage(id);
        FormErrors errors = FormErrors.none();
        if (claim.version != version) {
            errors.add("status", "Someone changed this claim meanwhile; check it and try again.");
            return Response.status(409).entity(page(claim, EvidenceInput.empty(), errors)).build();
        }
        ClaimStatus next = Inputs.choice(ClaimStatus.class, to, "status", "Choose a status.", errors);
        String why = Inputs.optional(reason, "reason", 500, errors);
        if (next != null && !claim.status.canMoveByHandTo(next)) {
            errors.add("status", "A claim that is " + claim.status.label.toLowerCase(Locale.ROOT)
                    + " cannot be moved to " + next.label.toLowerCase(Locale.ROOT) + " here.");
        }
        if (next == ClaimStatus.RESEARCHING && !errors.has("status")) {
            ClaimRecords.researchRefusal(claim).ifPresent(refusal -> errors.add("status", refusal));
        }
        if (next == ClaimStatus.DISMISSED && why == null && !errors.has("reason")) {
            errors.add("reason", "Say why the claim is not worth checking.");
        }
        if (errors.any()) {
            return Response.status(400).entity(page(claim, EvidenceInput.empty(), errors)).build();
        }
        records.move(claim, next, next == ClaimStatus.DISMISSED ? why : null, currentUser.name());
        return Flash.redirect("/claims/" + id, "Claim is now " + next.label.toLowerCase(Locale.ROOT) + ".");
    }

    /** Links this claim to an earlier one as the same claim; its verdict then serves as a reference. */
    @POST
    @Path("/{id}/same-as")
    @Transactional
    public Response sameAs(@RestPath long id, @RestForm String earlier) {
        Claim claim = findForPage(id);
        Long earlierId = Inputs.number(earlier, "sameAs", FormErrors.none());
        Claim target = earlierId == null || earlierId == id ? null : Claim.<Claim>findById(earlierId);
        if (target == null) {
            return Response.status(400).entity(page(claim, EvidenceInput.empty(),
                    FormErrors.none().add("sameAs", "Choose an earlier claim from the list."))).build();
        }
        records.linkSameAs(claim, target, currentUser.name());
        return Flash.redirect("/claims/" + id, "Marked as the same claim as “" + target.claimReviewed + "”.");
    }

    /** The claim form filled in from an extracted statement; recording it returns to the article. */
    public static TemplateInstance claimForm(ClaimInput form, Article article, String passage, FormErrors errors) {
        return Templates.create(form, article, passage, claimantNames(), reviewers(), true, errors);
    }

    private static Claim findForPage(long id) {
        return Claim.findForPage(id).orElseThrow(NotFoundException::new);
    }

    private static ClaimInput blankForm() {
        return new ClaimInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Suggestions for the claimant field: the names most recently claimed by. */
    static List<String> claimantNames() {
        return Claimant.getEntityManager().createQuery("""
                select c.name from Claimant c order by c.id desc""", String.class)
                .setMaxResults(200).getResultList();
    }

    static List<Reviewer> reviewers() {
        return Reviewers.all();
    }
}
