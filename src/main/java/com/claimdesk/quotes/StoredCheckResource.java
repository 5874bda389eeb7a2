package com.claimdesk.quotes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

/** A stored quote check's actions: cite it as evidence, look for its variants on record again. */
@Path("/quote-checks/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class StoredCheckResource {

    @Inject
    QuoteChecks checks;

    @Inject
    QuoteVariants variants;

    @Inject
    CurrentUser currentUser;

    /** Cites a stored check as evidence, with the stance its label suggests unless another is chosen. */
    @POST
    @Path("evidence")
    @Transactional
    public Response cite(@RestPath long id, @RestForm String stance) {
        QuoteCheck check = findCheck(id);
        FormErrors errors = checks.cite(check, stance, currentUser.name());
        if (errors.any()) {
            return Flash.redirect("/claims/" + check.claim.id + "#quote-checks",
                    errors.asMap().values().iterator().next());
        }
        return Flash.redirect("/claims/" + check.claim.id + "#evidence", "Quote check cited as evidence.");
    }

    /** Reads the articles on record again for the checked quote's variants. */
    @POST
    @Path("variants")
    @Transactional
    public Response lookAgain(@RestPath long id) {
        QuoteCheck check = findCheck(id);
        QuoteChecks.SourceText text = QuoteChecks.textOf(check.source);
        if (!check.found || text == null || !text.sha256().equals(check.sourceSha256)) {
            return Flash.redirect("/claims/" + check.claim.id + "#quote-checks",
                    "The source's archived copy changed since this check: check the quote again instead.");
        }
        variants.find(check, Transcript.read(text.text()));
        return Flash.redirect("/claims/" + check.claim.id + "#quote-checks", "Variants on record looked up again.");
    }

    private static QuoteCheck findCheck(long id) {
        QuoteCheck check = QuoteCheck.find("from QuoteCheck q join fetch q.claim c join fetch c.claimant"
                + " join fetch q.source where q.id = ?1", id).firstResult();
        if (check == null) {
            throw new NotFoundException();
        }
        return check;
    }
}
