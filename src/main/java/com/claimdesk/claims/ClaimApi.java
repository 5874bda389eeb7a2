package com.claimdesk.claims;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import com.claimdesk.search.SimilarClaims;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.KeysetPage;
import com.fasterxml.jackson.databind.JsonNode;

/** Claims for integrators and for the extraction pipeline. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ClaimApi {

    /** Where the claim appeared: an article and a character range of its text, or a web address. */
    public record AppearanceRequest(Long articleId, String url, Integer start, Integer end, String seenOn) {
    }

    /**
     * A claim as sent. {@code claimant} is a claimant id or a name (matched against names and aliases, new
     * when none matches); {@code version} is required by PUT.
     */
    public record ClaimRequest(String statement, String claimReviewed, JsonNode claimant, String claimantType,
            String kind, String madeAt, List<String> tags, String assignee, AppearanceRequest appearance,
            Long version) {

        ClaimInput toInput() {
            AppearanceRequest at = appearance == null ? new AppearanceRequest(null, null, null, null, null)
                    : appearance;
            return new ClaimInput(statement, claimReviewed, claimant == null || claimant.isNull() ? null
                    : claimant.asText(), claimantType, kind, madeAt, tags == null ? null : String.join(",", tags),
                    assignee, text(at.articleId()), at.url(), text(at.start()), text(at.end()), at.seenOn());
        }

        private static String text(Number value) {
            return value == null ? null : value.toString();
        }
    }

    public record ClaimantView(long id, String name, ClaimantType type, String title) {
    }

    public record AppearanceView(long id, Long articleId, String url, Integer start, Integer end, String text,
            LocalDate seenOn) {
    }

    public record ClaimView(long id, String statement, String claimReviewed, ClaimantView claimant, ClaimKind kind,
            LocalDate madeAt, ClaimStatus status, String dismissalReason, List<String> tags, String assignee,
            List<AppearanceView> appearances, long version, Instant createdAt, Instant updatedAt) {

        static ClaimView of(Claim claim, boolean withAppearances) {
            Claimant c = claim.claimant;
            List<AppearanceView> appearances = !withAppearances ? null : claim.appearances.stream()
                    .map(a -> new AppearanceView(a.id, a.article == null ? null : a.article.id, a.link(), a.start,
                            a.end, a.article == null ? null : a.passage(), a.seenOn))
                    .toList();
            return new ClaimView(claim.id, claim.statement, claim.claimReviewed,
                    new ClaimantView(c.id, c.name, c.type, c.title), claim.kind, claim.madeOn, claim.status,
                    claim.dismissalReason, claim.tagList(), claim.assignee == null ? null : claim.assignee.username,
                    appearances, claim.version, claim.createdAt, claim.updatedAt);
        }
    }

    /** A page of the list; pass {@code next} as {@code after} for the following one. */
    public record ClaimPage(List<ClaimView> items, Long next, Map<ClaimStatus, Long> counts) {
    }

    @Inject
    ClaimRecords records;

    @Inject
    CurrentUser currentUser;

    @Inject
    StatusCounts statusCounts;

    @POST
    @Transactional
    public Response create(ClaimRequest request) {
        if (request == null) {
            return ApiError.badRequest(FormErrors.none().add("statement", "Send the claim as a JSON object."));
        }
        ClaimRecords.Outcome outcome = records.create(request.toInput(), currentUser.name());
        if (!outcome.ok()) {
            return ApiError.badRequest(outcome.errors());
        }
        Claim claim = outcome.claim();
        return Response.created(URI.create("/api/claims/" + claim.id)).entity(ClaimView.of(claim, true)).build();
    }

    @GET
    @Path("/{id}")
    public ClaimView get(@RestPath long id) {
        return ClaimView.of(Claim.findForPage(id).orElseThrow(NotFoundException::new), true);
    }

    /** Replaces the claim's own fields; the appearance in the body is ignored. */
    @PUT
    @Path("/{id}")
    @Transactional
    public Response update(@RestPath long id, ClaimRequest request) {
        Claim claim = Claim.findForPage(id).orElseThrow(NotFoundException::new);
        if (request == null || request.version() == null) {
            return ApiError.badRequest(FormErrors.none().add("version",
                    "Send the version you read, so that nobody's changes are overwritten unseen."));
        }
        if (request.version() != claim.version) {
            return Response.status(409).entity(new ApiError(409,
                    "The claim was changed by someone else (now version " + claim.version + "). "
                            + "Read it again, apply your change and send it with the new version.",
                    Map.of("version", "Current version is " + claim.version + "."))).build();
        }
        ClaimRecords.Outcome outcome = records.update(claim, request.toInput(), currentUser.name());
        if (!outcome.ok()) {
            return ApiError.badRequest(outcome.errors());
        }
        Claim.flush();
        return Response.ok(ClaimView.of(claim, true)).build();
    }

    /** The claims on record most like this one ("possibly already checked"), closest first. */
    @GET
    @Path("/{id}/similar")
    public List<SimilarClaims.Match> similar(@RestPath long id) {
        Claim claim = Claim.<Claim>findByIdOptional(id).orElseThrow(NotFoundException::new);
        return SimilarClaims.of(claim.id, claim.claimReviewed);
    }

    @GET
    public Response list(ClaimListQuery query) {
        FormErrors errors = FormErrors.none();
        ClaimFilter filter = query.toFilter(errors);
        if (errors.any()) {
            return ApiError.badRequest(errors);
        }
        KeysetPage<Claim> page = filter.page();
        List<ClaimView> items = page.rows().stream().map(c -> ClaimView.of(c, false)).toList();
        return Response.ok(new ClaimPage(items, page.next(), statusCounts.of(filter))).build();
    }
}
