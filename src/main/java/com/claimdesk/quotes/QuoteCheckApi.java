package com.claimdesk.quotes;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import com.claimdesk.claims.Claim;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

/** A claim's stored quote checks: list them, store one (aligned again from the source's archived copy). */
@Path("/api/claims/{claimId}/quote-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class QuoteCheckApi {

    @Inject
    QuoteChecks checks;

    @Inject
    CurrentUser currentUser;

    /** {@code quote} defaults to the claim's statement, {@code label} to the suggestion. */
    public record CheckRequest(Long sourceId, String quote, String label, String note) {
    }

    public record Range(int start, int end) {
    }

    public record Times(double start, Double end) {
    }

    public record VariantView(long articleId, String url, String headline, String quoted, int start, int end,
            String label, List<QuoteAligner.Edit> edits, LocalDate seenOn, boolean firstSeen) {
    }

    /** A stored check; labels as the verify API writes them ("not_found"), offsets into the source's text. */
    public record CheckView(long id, long claimId, long sourceId, String sourceTitle, String quote, boolean found,
            Integer start, Integer end, List<Range> parts, String passage, String label, String suggestedLabel,
            String speakerInSource, String speaker, List<QuoteAligner.Edit> edits, boolean negationChanged,
            double similarity, Times time, String note, Long evidenceId, String checkedBy, Instant checkedAt,
            List<VariantView> variants) {

        static CheckView of(QuoteCheck c, List<QuoteVariant> variants) {
            return new CheckView(c.id, c.claim.id, c.source.id, c.source.title, c.quote, c.found, c.start, c.end,
                    c.parts.stream().map(p -> new Range(p.start(), p.end())).toList(), c.passage, c.label.key(),
                    c.suggestedLabel.key(), c.speakerInSource, c.speakerVerdict.name().toLowerCase(), c.edits,
                    c.negationChanged, c.similarity, c.timeStart == null ? null : new Times(c.timeStart, c.timeEnd),
                    c.note, c.evidenceId, c.checkedBy, c.checkedAt,
                    variants.stream().map(v -> new VariantView(v.article.id, v.article.url, v.article.headline,
                            v.quoted, v.start, v.end, v.label.key(), v.edits, v.seenOn, v.firstSeen)).toList());
        }
    }

    @GET
    public List<CheckView> list(@RestPath long claimId) {
        Claim claim = Claim.<Claim>findByIdOptional(claimId).orElseThrow(NotFoundException::new);
        Map<Long, List<QuoteVariant>> variants = QuoteVariant.forClaim(claim.id).stream()
                .collect(Collectors.groupingBy(v -> v.check.id));
        return QuoteCheck.forClaim(claim.id).stream()
                .map(c -> CheckView.of(c, variants.getOrDefault(c.id, List.of()))).toList();
    }

    @POST
    @Transactional
    public Response store(@RestPath long claimId, CheckRequest request) {
        Claim claim = Claim.findForPage(claimId).orElseThrow(NotFoundException::new);
        if (request == null) {
            return ApiError.badRequest(FormErrors.none().add("sourceId", "Send the check as a JSON object."));
        }
        if (request.quote() != null && request.quote().isBlank()) {
            return ApiError.badRequest(FormErrors.none().add("quote",
                    "The quote is empty: leave it out to check the claim's statement."));
        }
        QuoteChecks.Outcome outcome = checks.store(claim, request.sourceId(), request.quote(), request.label(),
                request.note(), currentUser.name());
        if (!outcome.ok()) {
            return ApiError.badRequest(outcome.errors());
        }
        QuoteCheck check = outcome.check();
        QuoteCheck.flush();
        return Response.created(URI.create("/api/claims/" + claimId + "/quote-checks"))
                .entity(CheckView.of(check, QuoteVariant.forCheck(check))).build();
    }
}
