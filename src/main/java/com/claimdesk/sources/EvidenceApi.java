package com.claimdesk.sources;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

/** A claim's evidence for integrators: link a source (by id or described), list, unlink. */
@Path("/api/claims/{claimId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class EvidenceApi {

    /** {@code sourceId} of a source on record, or {@code source} describing one (reused when its URL is known). */
    public record EvidenceRequest(Long sourceId, SourceApi.SourceRequest source, String stance, String excerpt,
            String location, String note) {

        EvidenceInput toInput() {
            SourceApi.SourceRequest s = source == null
                    ? new SourceApi.SourceRequest(null, null, null, null, null, null, null, null) : source;
            return new EvidenceInput(sourceId == null ? null : sourceId.toString(), s.url(), s.title(), s.publisher(),
                    s.type(), s.publishedAt(), s.accessedAt(), s.notes(), s.archiveText(), stance, excerpt, location,
                    note);
        }
    }

    public record EvidenceView(long id, long claimId, SourceApi.SourceView source, Stance stance, String excerpt,
            String location, String note, String createdBy, Instant createdAt, boolean sourceReused) {

        static EvidenceView of(Evidence e, boolean sourceReused) {
            return new EvidenceView(e.id, e.claim.id, SourceApi.SourceView.of(e.source), e.stance, e.excerpt,
                    e.location, e.note, e.createdBy, e.createdAt, sourceReused);
        }
    }

    @Inject
    EvidenceRecords records;

    @Inject
    CurrentUser currentUser;

    @POST
    @Transactional
    public Response link(@RestPath long claimId, EvidenceRequest request) {
        Claim claim = findClaim(claimId);
        if (request == null) {
            return ApiError.badRequest(FormErrors.none().add("stance", "Send the evidence as a JSON object."));
        }
        EvidenceRecords.Outcome outcome = records.link(claim, request.toInput(), currentUser.name());
        if (!outcome.ok()) {
            return ApiError.badRequest(outcome.errors());
        }
        Evidence evidence = outcome.evidence();
        return Response.created(URI.create("/api/claims/" + claimId + "/evidence/" + evidence.id))
                .entity(EvidenceView.of(evidence, outcome.sourceReused())).build();
    }

    @GET
    public List<EvidenceView> list(@RestPath long claimId) {
        return Evidence.linkedTo(findClaim(claimId)).stream().map(e -> EvidenceView.of(e, false)).toList();
    }

    /** Unlinks; the link stays on record with who removed it and when. */
    @DELETE
    @Path("/{linkId}")
    @Transactional
    public Response unlink(@RestPath long claimId, @RestPath long linkId) {
        Evidence evidence = Evidence.find("from Evidence e where e.id = ?1 and e.claim.id = ?2 and e.removedAt is null",
                linkId, claimId).firstResult();
        if (evidence == null) {
            throw new NotFoundException();
        }
        records.unlink(evidence, currentUser.name());
        return Response.noContent().build();
    }

    private static Claim findClaim(long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw new NotFoundException();
        }
        return claim;
    }
}
