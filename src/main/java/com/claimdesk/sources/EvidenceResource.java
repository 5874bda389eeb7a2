package com.claimdesk.sources;

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
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimResource;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The claim page's evidence panel: link a source, change what it says about the claim, unlink it. */
@Path("/evidence")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class EvidenceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Evidence evidence, EvidenceInput form, long version, FormErrors errors);
    }

    @Inject
    EvidenceRecords records;

    @Inject
    CurrentUser currentUser;

    @POST
    @Transactional
    public Response link(@RestForm String claim, EvidenceInput form) {
        Long claimId = Inputs.number(claim, "claim", FormErrors.none());
        Claim target = claimId == null ? null : Claim.findForPage(claimId).orElse(null);
        if (target == null) {
            throw new NotFoundException();
        }
        EvidenceRecords.Outcome outcome = records.link(target, form, currentUser.name());
        if (!outcome.ok()) {
            return Response.status(400).entity(ClaimResource.page(target, form, outcome.errors())).build();
        }
        Source source = outcome.evidence().source;
        String message = outcome.sourceReused() ? "Linked “" + source.title + "”, already on record as a source."
                : "Source “" + source.title + "” added and linked.";
        return Flash.redirect("/claims/" + target.id + "#evidence", message);
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Evidence evidence = find(id);
        return Templates.edit(evidence, EvidenceInput.of(evidence), evidence.version, FormErrors.none());
    }

    @POST
    @Path("/{id}")
    @Transactional
    public Response update(@RestPath long id, @RestForm long version, EvidenceInput form) {
        Evidence evidence = find(id);
        if (evidence.version != version) {
            FormErrors conflict = FormErrors.none().add("stance",
                    "Someone changed this evidence meanwhile; it now reads as shown. Your changes are in the form.");
            return Response.status(409).entity(Templates.edit(evidence, form, evidence.version, conflict)).build();
        }
        FormErrors errors = records.update(evidence, form, currentUser.name());
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(evidence, form, version, errors)).build();
        }
        return Flash.redirect("/claims/" + evidence.claim.id + "#evidence", "Evidence saved.");
    }

    @POST
    @Path("/{id}/unlink")
    @Transactional
    public Response unlink(@RestPath long id, @RestForm long version) {
        Evidence evidence = find(id);
        if (evidence.version != version || !evidence.linked()) {
            FormErrors conflict = FormErrors.none().add("evidence",
                    "That evidence was changed or unlinked meanwhile; nothing was done. Check it below.");
            Claim claim = Claim.findForPage(evidence.claim.id).orElseThrow();
            return Response.status(409).entity(ClaimResource.page(claim, EvidenceInput.empty(), conflict)).build();
        }
        records.unlink(evidence, currentUser.name());
        return Flash.redirect("/claims/" + evidence.claim.id + "#evidence",
                "“" + evidence.source.title + "” unlinked; it stays in the claim's history.");
    }

    private static Evidence find(long id) {
        Evidence evidence = Evidence.find("from Evidence e join fetch e.source join fetch e.claim where e.id = ?1",
                id).firstResult();
        if (evidence == null) {
            throw new NotFoundException();
        }
        return evidence;
    }
}
