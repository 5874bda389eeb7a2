package com.claimdesk.verdicts;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.accounts.Role;
import com.claimdesk.verdicts.ReviewWorkflow.Actor;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

/** Verdicts and their workflow for integrators, with the same rules as the pages. */
@Path("/api/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class VerdictApi {

    /** A verdict's fields; {@code version} is checked by PUT when given. */
    public record VerdictRequest(Long ratingId, String conclusion, String explanation, List<Long> evidenceIds,
            String correctionNote, Boolean withdrawn, Long version) {

        VerdictInput toInput() {
            return new VerdictInput(ratingId == null ? null : ratingId.toString(), conclusion, explanation,
                    evidenceIds == null ? null : evidenceIds.stream().map(String::valueOf).toList(), correctionNote,
                    Boolean.TRUE.equals(withdrawn) ? "true" : null);
        }
    }

    /** A workflow step: the version read (checked when given), and the comment or note the step needs. */
    public record StepRequest(Long version, String comment, String correctionNote, Boolean withdrawn) {
    }

    public record RatingView(long id, String label, Integer value) {
    }

    public record VerdictView(long id, long claimId, int revision, Long corrects, VerdictStatus status,
            RatingView rating, boolean withdrawn, String conclusion, String explanation, List<Long> evidenceIds,
            String correctionNote, String editorComment, String author, String lastEditedBy, List<String> editors,
            String approvedBy, Instant publishedAt, long version) {

        static VerdictView of(Verdict v) {
            return new VerdictView(v.id, v.claim.id, v.revision, v.corrects == null ? null : v.corrects.id, v.status,
                    v.rating == null ? null : new RatingView(v.rating.id, v.rating.label, v.rating.value), v.withdrawn,
                    v.conclusion, v.explanation, v.evidence.stream().map(e -> e.id).sorted().toList(),
                    v.correctionNote, v.editorComment, v.author, v.lastEditedBy, List.copyOf(v.editors), v.approvedBy,
                    v.publishedAt, v.version);
        }
    }

    @Inject
    Verdicts verdicts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/{id}")
    public VerdictView get(@RestPath long id) {
        return VerdictView.of(find(id));
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Response update(@RestPath long id, VerdictRequest request) {
        Verdict verdict = find(id);
        if (request == null) {
            return ApiError.badRequest(FormErrors.none().add("conclusion", "Send the verdict as a JSON object."));
        }
        Response stale = staleVersion(verdict, request.version());
        return stale != null ? stale : answer(verdicts.update(verdict, request.toInput(), actor()));
    }

    @POST
    @Path("/{id}/submit")
    @Transactional
    public Response submit(@RestPath long id, StepRequest step) {
        return step(id, step, verdict -> verdicts.submit(verdict, actor()));
    }

    @POST
    @Path("/{id}/request-changes")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response requestChanges(@RestPath long id, StepRequest step) {
        return step(id, step, verdict -> verdicts.requestChanges(verdict, step == null ? null : step.comment(),
                actor()));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response approve(@RestPath long id, StepRequest step) {
        return step(id, step, verdict -> verdicts.approve(verdict, actor()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response publish(@RestPath long id, StepRequest step) {
        return step(id, step, verdict -> verdicts.publish(verdict, actor()));
    }

    /** Opens a correction; answers 201 with the new draft revision. */
    @POST
    @Path("/{id}/correct")
    @Transactional
    public Response correct(@RestPath long id, StepRequest step) {
        Verdict verdict = find(id);
        Response stale = staleVersion(verdict, step == null ? null : step.version());
        if (stale != null) {
            return stale;
        }
        Verdicts.Outcome outcome = verdicts.correct(verdict, step == null ? null : step.correctionNote(),
                step != null && Boolean.TRUE.equals(step.withdrawn()), actor());
        if (!outcome.ok()) {
            return refusal(outcome.errors());
        }
        Verdict.flush();
        return Response.created(URI.create("/api/verdicts/" + outcome.verdict().id))
                .entity(VerdictView.of(outcome.verdict())).build();
    }

    Response step(long id, StepRequest step, Function<Verdict, Verdicts.Outcome> action) {
        Verdict verdict = find(id);
        Response stale = staleVersion(verdict, step == null ? null : step.version());
        return stale != null ? stale : answer(action.apply(verdict));
    }

    private static Response answer(Verdicts.Outcome outcome) {
        if (!outcome.ok()) {
            return refusal(outcome.errors());
        }
        Verdict.flush();
        return Response.ok(VerdictView.of(outcome.verdict())).build();
    }

    /** A step the workflow refuses is a 409 with the reason; a wrong field is a 400 naming it. */
    static Response refusal(FormErrors errors) {
        if (errors.has("verdict")) {
            return Response.status(409).entity(new ApiError(409, errors.get("verdict"), Map.of())).build();
        }
        return ApiError.badRequest(errors);
    }

    private static Response staleVersion(Verdict verdict, Long version) {
        if (version == null || version == verdict.version) {
            return null;
        }
        return Response.status(409).entity(new ApiError(409, "The verdict was changed by someone else (now version "
                + verdict.version + "). Read it again before acting.",
                Map.of("version", "Current version is " + verdict.version + "."))).build();
    }

    Actor actor() {
        return new Actor(currentUser.name(), currentUser.roleSet());
    }

    private static Verdict find(long id) {
        return Verdict.findForPage(id).orElseThrow(NotFoundException::new);
    }
}
