package com.claimdesk.quotes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.claimdesk.accounts.Role;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;

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
    PrimarySources primarySources;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("new")
    public TemplateInstance newSource() {
        return Templates.addSource(PrimarySourceInput.empty(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response add(PrimarySourceInput form) {
        PrimarySources.Outcome outcome = primarySources.add(form, currentUser.name());
        if (!outcome.ok()) {
            return Response.status(400).entity(Templates.addSource(form.withoutCopy(), outcome.errors())).build();
        }
        return Flash.redirect("/sources/" + outcome.source().id,
                outcome.existing() ? "This source was already on record; its archived copy is kept."
                        : "Primary source added and archived.");
    }
}
