package com.claimdesk.verdicts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.claimdesk.accounts.Role;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The inbox page: what needs me now. */
@Path("/inbox")
@Produces(MediaType.TEXT_HTML)
public class InboxResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Inbox.Contents inbox);
    }

    @Inject
    Inbox inbox;

    @GET
    @RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME})
    public TemplateInstance inbox() {
        return Templates.inbox(inbox.contents());
    }
}
