package com.claimdesk.intake;

import java.util.List;

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
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Bringing in a list of web addresses, one article each: the list is taken at once and worked through in the
 * background; its page shows the progress and refreshes itself until every address is done.
 */
@Path("/address-lists")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class AddressListResource {

    /** Lists shown on the form's page: the latest. */
    static final int RECENT = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lists(String addresses, FormErrors errors, List<AddressImport> recent);

        static native TemplateInstance progress(AddressImport list, AddressImports.Progress progress,
                List<AddressImportLine> lines);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AddressImports imports;

    @GET
    public TemplateInstance lists() {
        return Templates.lists("", FormErrors.none(), recent());
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Transactional
    public Response start(@RestForm String addresses) {
        FormErrors errors = FormErrors.none();
        List<String> listed = AddressImports.addresses(addresses, errors);
        if (listed == null) {
            return Response.status(400).entity(Templates.lists(Inputs.orEmpty(addresses), errors, recent())).build();
        }
        AddressImport list = imports.start(listed, currentUser.name());
        return Flash.redirect("/address-lists/" + list.id, listed.size() == 1 ? "The address is being fetched."
                : "The " + listed.size() + " addresses are being fetched, one after another.");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance progress(@RestPath long id) {
        AddressImport list = AddressImport.findById(id);
        if (list == null || !list.createdBy.equals(currentUser.name()) && !currentUser.isAdmin()) {
            throw new NotFoundException();
        }
        List<AddressImportLine> lines = AddressImportLine.list("list = ?1 order by position", list);
        return Templates.progress(list, AddressImports.progress(list), lines);
    }

    private List<AddressImport> recent() {
        return AddressImport.find("createdBy = ?1 order by id desc", currentUser.name()).page(0, RECENT).list();
    }
}
