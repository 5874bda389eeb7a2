package com.claimdesk.verdicts;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.verdicts.ReviewWorkflow.Actor;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.ErrorPages.ApiError;
import com.claimdesk.web.FormErrors;

/** Starts a claim's verdict through the API (the rest of the workflow is under /api/verdicts). */
@Path("/api/claims/{claimId}/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ClaimVerdictApi {

    @Inject
    Verdicts verdicts;

    @Inject
    CurrentUser currentUser;

    @POST
    @Transactional
    public Response create(@RestPath long claimId, VerdictApi.VerdictRequest request) {
        Claim claim = Claim.findForPage(claimId).orElseThrow(NotFoundException::new);
        if (request == null) {
            return ApiError.badRequest(FormErrors.none().add("conclusion", "Send the verdict as a JSON object."));
        }
        Verdicts.Outcome outcome = verdicts.create(claim, request.toInput(),
                new Actor(currentUser.name(), currentUser.roleSet()));
        if (!outcome.ok()) {
            return VerdictApi.refusal(outcome.errors());
        }
        Verdict verdict = outcome.verdict();
        Verdict.flush();
        return Response.created(URI.create("/api/verdicts/" + verdict.id))
                .entity(VerdictApi.VerdictView.of(verdict)).build();
    }
}
