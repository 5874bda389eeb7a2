package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.articles.ArticleResource;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFilter;
import com.claimdesk.claims.ClaimRecords;
import com.claimdesk.claims.ClaimResource;
import com.claimdesk.search.SimilarClaims;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;
import com.claimdesk.web.Plural;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A reviewer's decisions on the statements extraction found: accept, edit then accept, merge, dismiss. */
@Path("/candidates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class CandidateResource {

    /** Longest search for the claim to merge into: a few words or a claim number. */
    static final int MAX_QUERY = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merge(Candidate candidate, String q, List<MergeChoice> choices, boolean searched,
                FormErrors errors);
    }

    /** A claim on record that a found statement may repeat. */
    public record MergeChoice(long id, String claimReviewed, String claimant, String status) {
        static MergeChoice of(Claim claim) {
            return new MergeChoice(claim.id, claim.claimReviewed, claim.claimant.name, claim.status.label);
        }
    }

    @Inject
    Extractions extractions;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("/{id}/accept")
    @Transactional
    public Response accept(@RestPath long id, @RestForm long version) {
        Candidate candidate = find(id);
        Response refusal = refuseIfDecided(candidate, version);
        if (refusal != null) {
            return refusal;
        }
        if (!candidate.speakerSure()) {
            return Flash.redirect("/candidates/" + id + "/edit"); // the reviewer says who spoke
        }
        ClaimRecords.Outcome outcome = extractions.accept(candidate, currentUser.name());
        if (!outcome.ok()) {
            // The engine's reading does not make a valid claim as it stands: let the reviewer complete it.
            return Response.status(400).entity(ClaimResource.claimForm(Extractions.claimInput(candidate),
                    candidate.article, candidate.content, outcome.errors())).build();
        }
        return Flash.redirect(articlePage(candidate), "Claim recorded: " + outcome.claim().claimReviewed);
    }

    /** The claim form filled in from the candidate, to correct before recording. */
    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Candidate candidate = find(id);
        return ClaimResource.claimForm(Extractions.claimInput(candidate), candidate.article, candidate.content,
                FormErrors.none());
    }

    /**
     * Any claim on record to merge the statement into, not only this article's: found by its words or number,
     * or, before a search, the claims most like the statement.
     */
    @GET
    @Path("/{id}/merge")
    public Response mergeChoices(@RestPath long id, @RestQuery String q) {
        Candidate candidate = find(id);
        String words = Inputs.clean(q);
        FormErrors errors = FormErrors.none();
        List<MergeChoice> choices = new ArrayList<>();
        if (words == null) {
            SimilarClaims.to(candidate.draftClaimReviewed(), null).forEach(match -> choices.add(new MergeChoice(
                    match.claimId(), match.claimReviewed(), match.claimant(), match.status().label)));
        } else if (words.length() > MAX_QUERY) {
            errors.add("q", "Search with at most " + MAX_QUERY
                    + " characters: a few words of the claim, or its number.");
        } else {
            if (words.matches("#?\\d{1,18}")) {
                Claim.findForPage(Long.parseLong(words.replace("#", "")))
                        .ifPresent(claim -> choices.add(MergeChoice.of(claim)));
            }
            new ClaimFilter(null, null, null, null, null, null, null, words, ClaimFilter.Order.NEWEST, null)
                    .page().rows().stream().map(MergeChoice::of).filter(c -> !choices.contains(c))
                    .forEach(choices::add);
        }
        return Response.status(errors.any() ? 400 : 200)
                .entity(Templates.merge(candidate, words == null ? "" : words, choices, words != null, errors)).build();
    }

    @POST
    @Path("/{id}/merge")
    @Transactional
    public Response merge(@RestPath long id, @RestForm long version, @RestForm String claim) {
        Candidate candidate = find(id);
        Response refusal = refuseIfDecided(candidate, version);
        if (refusal != null) {
            return refusal;
        }
        FormErrors errors = FormErrors.none();
        String field = candidate.mergeField();
        Long claimId = Inputs.number(claim, field, errors);
        Claim target = claimId == null ? null : Claim.findForPage(claimId).orElse(null);
        if (target == null && !errors.any()) {
            errors.add(field, Inputs.clean(claim) == null ? "Choose the claim this statement repeats."
                    : "There is no claim " + claim.strip() + ".");
        }
        if (errors.any()) {
            return Response.status(400).entity(ArticleResource.page(candidate.article, "", errors)).build();
        }
        extractions.merge(candidate, target, currentUser.name());
        return Flash.redirect(articlePage(candidate), "Added as another appearance of claim " + target.id + ".");
    }

    @POST
    @Path("/{id}/dismiss")
    @Transactional
    public Response dismiss(@RestPath long id, @RestForm long version) {
        Candidate candidate = find(id);
        Response refusal = refuseIfDecided(candidate, version);
        if (refusal != null) {
            return refusal;
        }
        extractions.dismiss(candidate, currentUser.name());
        return Flash.redirect(articlePage(candidate), "Statement dismissed.");
    }

    /** Accepts the next batch of open statements of an article that name their speaker. */
    @POST
    @Path("/accept-all")
    @Transactional
    public Response acceptAll(@RestForm String article) {
        Long articleId = Inputs.number(article, "article", FormErrors.none());
        Article target = articleId == null ? null : Article.findById(articleId);
        if (target == null) {
            throw new NotFoundException();
        }
        Extractions.BulkOutcome outcome = extractions.acceptAll(target, currentUser.name());
        String waiting = outcome.waiting() == 0 ? "" : "; " + outcome.waiting()
                + " more wait: press Accept all again for the next " + Extractions.ACCEPT_BATCH;
        String unsure = outcome.unsure() == 0 ? "" : "; " + outcome.unsure()
                + " left for you to pick the speaker (speaker uncertain)";
        String left = outcome.left() == 0 ? "" : "; " + outcome.left() + " left for you to complete (no speaker found)";
        return Flash.redirect("/articles/" + target.id + "#candidates",
                Plural.of(outcome.accepted(), "claim") + " recorded" + waiting + unsure + left + ".");
    }

    /** A decision on a candidate someone else has already decided, or changed, is refused with its state. */
    private static Response refuseIfDecided(Candidate candidate, long version) {
        if (candidate.version == version && candidate.open()) {
            return null;
        }
        String what = candidate.open() ? "changed by someone else"
                : candidate.status.name().toLowerCase(Locale.ROOT) + " by " + candidate.decidedBy;
        FormErrors conflict = FormErrors.none().add("candidates",
                "That statement was already " + what + "; nothing was changed.");
        return Response.status(409).entity(ArticleResource.page(candidate.article, "", conflict)).build();
    }

    private static String articlePage(Candidate candidate) {
        return "/articles/" + candidate.article.id + "#candidates";
    }

    private static Candidate find(long id) {
        Candidate candidate = Candidate.find("from Candidate c join fetch c.article where c.id = ?1", id)
                .firstResult();
        if (candidate == null) {
            throw new NotFoundException();
        }
        return candidate;
    }
}
