package com.claimdesk.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.sources.Evidence;
import com.claimdesk.sources.Source;
import com.claimdesk.sources.SourceType;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The reviewer's quote check: choose or add a primary source, read the best passage and how the quote differs,
 * confirm or override the label. Stored checks show on the claim page.
 */
@Path("/claims/{id}/quote-check")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class QuoteCheckResource {

    /** Primary sources offered besides the claim's own, newest first. */
    private static final int OFFERED = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(Claim claim, List<Source> sources, Long sourceId, String quote,
                CheckResult result, String label, String note, PrimarySourceInput sourceForm, FormErrors errors);

    }

    @Inject
    QuoteChecks checks;

    @Inject
    CurrentUser currentUser;

    /** The check page: with a source chosen, the source is read and the quote aligned (only here, on demand). */
    @GET
    public Response check(@RestPath long id, @RestQuery String source, @RestQuery String quote) {
        Claim claim = findClaim(id);
        FormErrors errors = FormErrors.none();
        String typed = Inputs.clean(quote) == null ? QuoteChecks.quoteOf(claim)
                : Inputs.optional(quote, "quote", QuoteChecks.MAX_QUOTE, errors);
        Long sourceId = Inputs.clean(source) == null ? null : Inputs.number(source, "sourceId", errors);
        Source chosen = sourceId == null ? null : Source.findById(sourceId);
        if (sourceId != null && chosen == null && !errors.has("sourceId")) {
            errors.add("sourceId", "There is no source " + sourceId + ".");
        }
        QuoteChecks.SourceText text = chosen == null ? null : QuoteChecks.textOf(chosen);
        if (chosen != null && text == null) {
            errors.add("sourceId", "This source has no archived copy that reads as text: add its transcript below.");
        }
        CheckResult result = errors.any() || chosen == null ? null : QuoteChecks.check(claim, chosen, text, typed);
        return Response.status(errors.any() ? 400 : 200).entity(Templates.check(claim, offered(claim), sourceId,
                typed, result, result == null ? null : result.suggested().name(), null, PrimarySourceInput.empty(),
                errors)).build();
    }

    /** Stores the check as confirmed (or with the label the reviewer chose instead). */
    @POST
    @Transactional
    public Response store(@RestPath long id, @RestForm String sourceId, @RestForm String quote,
            @RestForm String label, @RestForm String note) {
        Claim claim = findClaim(id);
        FormErrors errors = FormErrors.none();
        Long source = Inputs.number(sourceId, "sourceId", errors);
        QuoteChecks.Outcome outcome = errors.any() ? new QuoteChecks.Outcome(null, errors)
                : checks.store(claim, source, quote, label, note, currentUser.name());
        if (!outcome.ok()) {
            Source chosen = source == null ? null : Source.findById(source);
            QuoteChecks.SourceText text = chosen == null ? null : QuoteChecks.textOf(chosen);
            String typed = Inputs.clean(quote) == null || outcome.errors().has("quote") ? QuoteChecks.quoteOf(claim)
                    : Inputs.clean(quote);
            CheckResult result = text == null ? null : QuoteChecks.check(claim, chosen, text, typed);
            return Response.status(400).entity(Templates.check(claim, offered(claim), source, typed, result, label,
                    note, PrimarySourceInput.empty(), outcome.errors())).build();
        }
        return Flash.redirect("/claims/" + id + "#quote-checks",
                "Quote check stored: " + outcome.check().label.label.toLowerCase() + ".");
    }

    /** The sources a quote can be checked against: the claim's linked sources, then the primary sources. */
    static List<Source> offered(Claim claim) {
        Map<Long, Source> offered = new LinkedHashMap<>();
        for (Evidence e : Evidence.linkedTo(claim)) {
            offered.putIfAbsent(e.source.id, e.source);
        }
        Source.<Source>find("type = ?1 order by createdAt desc", SourceType.TRANSCRIPT).page(0, OFFERED).list()
                .forEach(s -> offered.putIfAbsent(s.id, s));
        return new ArrayList<>(offered.values());
    }

    static Claim findClaim(long id) {
        return Claim.findForPage(id).orElseThrow(NotFoundException::new);
    }
}
