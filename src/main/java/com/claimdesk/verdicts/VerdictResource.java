package com.claimdesk.verdicts;

import java.util.List;
import java.util.function.Function;

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

import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.claimreview.ClaimReviewValidator;
import com.claimdesk.claimreview.ClaimReviews;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimResource;
import com.claimdesk.sources.Evidence;
import com.claimdesk.sources.EvidenceInput;
import com.claimdesk.quotes.StoredChecks;
import com.claimdesk.verdicts.ReviewWorkflow.Action;
import com.claimdesk.verdicts.ReviewWorkflow.Actor;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A claim's verdict: write it, send it through review, publish it, correct it. */
@Path("/verdicts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class VerdictResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Verdict verdict, List<Verdict> revisions, List<Evidence> claimEvidence,
                List<Rating> ratings, VerdictInput form, List<AuditEntry> timeline, Permissions can,
                List<ClaimReviewValidator.Problem> markup, List<String> publicChanges, StoredChecks quoteChecks,
                FormErrors errors);

        static native TemplateInstance confirmPublish(Verdict verdict, Verdict replaced,
                List<ClaimReviewValidator.Problem> markup);
    }

    /** Which actions the page offers the person viewing it; the rules decide again on every post. */
    public record Permissions(boolean edit, boolean submit, boolean review, boolean publish, boolean correct) {

        static Permissions of(Verdict verdict, Actor actor) {
            return new Permissions(allowed(Action.EDIT, verdict, actor), allowed(Action.SUBMIT, verdict, actor),
                    allowed(Action.APPROVE, verdict, actor)
                            || allowed(Action.REQUEST_CHANGES, verdict, actor),
                    allowed(Action.PUBLISH, verdict, actor), allowed(Action.CORRECT, verdict, actor));
        }

        private static boolean allowed(Action action, Verdict verdict, Actor actor) {
            return ReviewWorkflow.refusal(action, verdict.status, verdict.editors, actor)
                    .isEmpty();
        }
    }

    @Inject
    Verdicts verdicts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClaimReviews claimReviews;

    /** Starts the verdict of a claim (form on the claim page). */
    @POST
    @Transactional
    public Response create(@RestForm String claim, VerdictInput form) {
        Long claimId = Inputs.number(claim, "claim", FormErrors.none());
        Claim target = claimId == null ? null : Claim.findForPage(claimId).orElse(null);
        if (target == null) {
            throw new NotFoundException();
        }
        Verdicts.Outcome outcome = verdicts.create(target, form, actor());
        if (!outcome.ok()) {
            return Response.status(outcome.errors().has("verdict") ? 409 : 400)
                    .entity(ClaimResource.page(target, EvidenceInput.empty(), form, outcome.errors()))
                    .build();
        }
        return Flash.redirect("/verdicts/" + outcome.verdict().id, "Verdict drafted.");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        Verdict verdict = find(id);
        return page(verdict, VerdictInput.of(verdict), FormErrors.none());
    }

    @POST
    @Path("/{id}")
    @Transactional
    public Response update(@RestPath long id, @RestForm long version, @RestForm String then, VerdictInput form) {
        Verdict verdict = find(id);
        if (verdict.version != version) {
            return conflict(verdict, form);
        }
        Verdicts.Outcome outcome = verdicts.update(verdict, form, actor());
        if (!outcome.ok() || !"submit".equals(then)) {
            return after(outcome, form, "Draft saved.");
        }
        // "Save and submit": the text on the screen is what goes to the editors, never an older saved one.
        Verdicts.Outcome submitted = verdicts.submit(verdict, actor());
        if (!submitted.ok()) {
            FormErrors errors = FormErrors.none().add("verdict",
                    "Your changes are saved as a draft, but it was not submitted: " + submitted.errors().get("verdict"));
            return Response.status(409).entity(page(verdict, form, errors)).build();
        }
        return after(submitted, form, "Saved and submitted to the editors.");
    }

    @POST
    @Path("/{id}/submit")
    @Transactional
    public Response submit(@RestPath long id, @RestForm long version) {
        return step(id, version, verdict -> verdicts.submit(verdict, actor()), "Submitted to the editors.");
    }

    @POST
    @Path("/{id}/request-changes")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response requestChanges(@RestPath long id, @RestForm long version, @RestForm String comment) {
        return step(id, version, verdict -> verdicts.requestChanges(verdict, comment, actor()),
                "Sent back to the author with your comment.");
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response approve(@RestPath long id, @RestForm long version) {
        return step(id, version, verdict -> verdicts.approve(verdict, actor()), "Approved.");
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response publish(@RestPath long id, @RestForm long version, @RestForm boolean confirm) {
        Verdict verdict = find(id);
        if (!confirm && verdict.version == version && Permissions.of(verdict, actor()).publish()) {
            // Publishing cannot be taken back: the first click shows what readers will see. A stale or refused
            // click goes on to the step, which answers with the conflict or the refusal.
            Verdict replaced = Verdict.revisionsOf(verdict.claim).stream()
                    .filter(revision -> revision.status == VerdictStatus.PUBLISHED).findFirst().orElse(null);
            return Response.ok(Templates.confirmPublish(verdict, replaced,
                    verdict.withdrawn ? List.of() : claimReviews.check(verdict))).build();
        }
        return step(id, version, current -> verdicts.publish(current, actor()), "Published.");
    }

    @POST
    @Path("/{id}/correct")
    @Transactional
    public Response correct(@RestPath long id, @RestForm long version, @RestForm String correctionNote,
            @RestForm String withdrawn) {
        Verdict verdict = find(id);
        if (verdict.version != version) {
            return conflict(verdict, VerdictInput.of(verdict));
        }
        boolean withdraw = "true".equalsIgnoreCase(withdrawn) || "on".equalsIgnoreCase(withdrawn);
        Verdicts.Outcome outcome = verdicts.correct(verdict, correctionNote, withdraw, actor());
        if (!outcome.ok()) {
            return Response.status(status(outcome.errors())).entity(page(verdict, VerdictInput.of(verdict),
                    outcome.errors())).build();
        }
        return Flash.redirect("/verdicts/" + outcome.verdict().id,
                "Correction drafted as revision " + outcome.verdict().revision + ": edit it, then submit it.");
    }

    /** A review step on the verdict the reviewer saw: a stale version is a conflict, not a silent overwrite. */
    private Response step(long id, long version, Function<Verdict, Verdicts.Outcome> action, String message) {
        Verdict verdict = find(id);
        VerdictInput asItIs = VerdictInput.of(verdict);
        return verdict.version != version ? conflict(verdict, asItIs) : after(action.apply(verdict), asItIs, message);
    }

    private Response after(Verdicts.Outcome outcome, VerdictInput form, String message) {
        if (!outcome.ok()) {
            return Response.status(status(outcome.errors())).entity(page(outcome.verdict(), form, outcome.errors()))
                    .build();
        }
        return Flash.redirect("/verdicts/" + outcome.verdict().id, message);
    }

    /** A refused step (wrong state, four-eyes) is a 409; a wrong field is a 400. */
    private static int status(FormErrors errors) {
        return errors.has("verdict") ? 409 : 400;
    }

    private Response conflict(Verdict verdict, VerdictInput yours) {
        FormErrors errors = FormErrors.none().add("verdict",
                "Someone changed this verdict while you were looking at it; it is shown as it is now."
                        + " Your input is kept in the form.");
        return Response.status(409).entity(page(verdict, yours, errors)).build();
    }

    private TemplateInstance page(Verdict verdict, VerdictInput form, FormErrors errors) {
        // The reviewer judges the verdict against the claim: its words, claimant and appearances come with it.
        Claim claim = Claim.findForPage(verdict.claim.id).orElseThrow(NotFoundException::new);
        boolean underReview = verdict.status == VerdictStatus.SUBMITTED || verdict.status == VerdictStatus.APPROVED;
        List<ClaimReviewValidator.Problem> markup = underReview && !verdict.withdrawn ? claimReviews.check(verdict)
                : List.of();
        // A correction publishes the claim's records as they stand: the reviewer sees what that changes for readers.
        boolean openCorrection = verdict.corrects != null && !verdict.withdrawn
                && verdict.status != VerdictStatus.PUBLISHED && verdict.status != VerdictStatus.SUPERSEDED;
        List<String> publicChanges = openCorrection && verdict.corrects.publication != null
                ? verdict.corrects.publication.changesTo(claimReviews.publicationOf(verdict)) : List.of();
        return Templates.show(verdict, Verdict.revisionsOf(claim), Evidence.linkedTo(claim), Rating.offered(), form,
                AuditEntry.forClaim(claim.id), Permissions.of(verdict, actor()), markup, publicChanges,
                StoredChecks.forClaim(claim.id), errors);
    }

    Actor actor() {
        return new Actor(currentUser.name(), currentUser.roleSet());
    }

    private static Verdict find(long id) {
        return Verdict.findForPage(id).orElseThrow(NotFoundException::new);
    }
}
