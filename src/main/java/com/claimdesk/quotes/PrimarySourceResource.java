package com.claimdesk.quotes;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Adds a primary source from the sources pages; its page then shows the archived text. */
@Path("/primary-sources")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class PrimarySourceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance addSource(PrimarySourceInput form, FormErrors errors);
    }

    @Inject
    PrimarySourceRecords primarySources;

    @Inject
    QuoteChecks checks;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("new")
    public TemplateInstance newSource() {
        return Templates.addSource(PrimarySourceInput.empty(), FormErrors.none());
    }

    /**
     * Adds a primary source. From a claim's check page ({@code claim} given) the quote is then checked against
     * it; from the sources pages, the source's page shows the archived text.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response add(PrimarySourceInput form, @RestForm String claim) {
        Long claimId = Inputs.clean(claim) == null ? null : Inputs.number(claim, "claim", FormErrors.none());
        Claim forClaim = claimId == null ? null : QuoteCheckResource.findClaim(claimId);
        PrimarySourceRecords.Outcome outcome = primarySources.add(form, currentUser.name());
        if (!outcome.ok()) {
            return Response.status(400).entity(forClaim == null
                    ? Templates.addSource(form.withoutCopy(), outcome.errors())
                    : QuoteCheckResource.Templates.check(forClaim, QuoteCheckResource.offered(forClaim), null,
                            QuoteChecks.quoteOf(forClaim), null, null, null, form.withoutCopy(), outcome.errors()))
                    .build();
        }
        String message = outcome.existing() ? "This source was already on record; its archived copy is kept."
                : "Primary source added and archived.";
        return Flash.redirect(forClaim == null ? "/sources/" + outcome.source().id
                : "/claims/" + forClaim.id + "/quote-check?source=" + outcome.source().id, message);
    }

    /** The reviewer's word that a speaker label of this source is the claim's claimant, from now on. */
    @POST
    @Path("{id}/same-person")
    @Transactional
    public Response samePerson(@RestPath long id, @RestForm String claim, @RestForm String speaker) {
        FormErrors errors = FormErrors.none();
        Long claimId = Inputs.number(claim, "claim", errors);
        if (claimId == null) {
            throw new NotFoundException();
        }
        Claim forClaim = QuoteCheckResource.findClaim(claimId);
        errors = checks.samePerson(forClaim, id, speaker, currentUser.name());
        if (errors.any()) {
            return Response.status(400).entity(QuoteCheckResource.Templates.check(forClaim,
                    QuoteCheckResource.offered(forClaim), id, QuoteChecks.quoteOf(forClaim), null, null, null,
                    PrimarySourceInput.empty(), errors)).build();
        }
        return Flash.redirect("/claims/" + forClaim.id + "/quote-check?source=" + id,
                "“" + Inputs.clean(speaker) + "” in this source is " + forClaim.claimant.name + " from now on.");
    }
}
