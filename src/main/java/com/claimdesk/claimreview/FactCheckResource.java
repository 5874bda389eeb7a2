package com.claimdesk.claimreview;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.claims.Claim;
import com.claimdesk.sources.Evidence;
import com.claimdesk.sources.Stance;
import com.claimdesk.verdicts.Rating;
import com.claimdesk.verdicts.Verdict;
import com.claimdesk.verdicts.VerdictStatus;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

/** The public fact-check pages: readable by anyone, each with its ClaimReview markup. Unpublished work is a 404. */
@Path("/fact-checks")
@PermitAll
public class FactCheckResource {

    public static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<FactCheck> factChecks, String next, String organisation,
                Map<String, String> colours, String canonical);

        static native TemplateInstance show(FactCheck fact, Verdict verdict, Rating rating,
                Map<Stance, List<Evidence>> sources, List<Verdict> corrections, RawString jsonLd, String canonical,
                String organisation, String correctionsPolicy);

        static native TemplateInstance retracted(Claim claim, Verdict retraction, String organisation,
                String correctionsPolicy, String canonical);

        static native TemplateInstance corrections(String organisation, String canonical);
    }

    @Inject
    FactChecks factChecks;

    @Inject
    ClaimReviews claimReviews;

    @Inject
    ClaimDeskConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@RestQuery String after) {
        List<FactCheck> page = factChecks.page(FactChecks.Cursor.parse(after), PAGE_SIZE + 1);
        boolean more = page.size() > PAGE_SIZE;
        List<FactCheck> shown = more ? page.subList(0, PAGE_SIZE) : page;
        String next = more ? FactChecks.Cursor.after(shown.get(shown.size() - 1)).toString() : null;
        // The scale is short: its colours by label, rather than a colour on every fact-check row.
        Map<String, String> colours = Rating.scale().stream()
                .collect(Collectors.toMap(rating -> rating.label, rating -> rating.colour));
        return Templates.index(shown, next, config.organisation().name(), colours,
                claimReviews.baseUrl() + "/fact-checks");
    }

    @GET
    @Path("/{id: \\d+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath long id) {
        return page(id);
    }

    /** The same page under its readable address; the slug only helps people and search engines. */
    @GET
    @Path("/{id: \\d+}/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance showWithSlug(@RestPath long id, @RestPath String slug) {
        return page(id);
    }

    @GET
    @Path("/{id: \\d+}.jsonld")
    @Produces(JsonLd.MEDIA_TYPE)
    public Response jsonLd(@RestPath long id) {
        FactCheck fact = factChecks.ofClaim(id).orElseThrow(NotFoundException::new);
        return Response.ok(JsonLd.json(claimReviews.document(fact)), JsonLd.MEDIA_TYPE + "; charset=utf-8").build();
    }

    /** The corrections policy, when the newsroom does not publish its own elsewhere. */
    @GET
    @Path("/corrections-policy")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance correctionsPolicy() {
        return Templates.corrections(config.organisation().name(),
                claimReviews.baseUrl() + "/fact-checks/corrections-policy");
    }

    private TemplateInstance page(long claimId) {
        String organisation = config.organisation().name();
        String policy = config.organisation().correctionsPolicyUrl().orElse("/fact-checks/corrections-policy");
        var fact = factChecks.ofClaim(claimId);
        if (fact.isEmpty()) {
            Claim claim = Claim.findById(claimId);
            Verdict retraction = claim == null ? null : Verdict.<Verdict>find(
                    "claim = ?1 and status = ?2 and withdrawn = true", claim, VerdictStatus.PUBLISHED).firstResult();
            if (retraction == null) {
                throw new NotFoundException();
            }
            return Templates.retracted(claim, retraction, organisation, policy,
                    claimReviews.baseUrl() + "/fact-checks/" + claimId);
        }
        Verdict verdict = Verdict.findForPage(fact.get().verdictId()).orElseThrow(NotFoundException::new);
        List<Evidence> cited = List.copyOf(verdict.evidence);
        List<Verdict> corrections = Verdict.list("claim = ?1 and revision > 1 and publishedAt is not null"
                + " order by revision desc", verdict.claim);
        return Templates.show(fact.get(), verdict, verdict.rating, Evidence.byStance(cited), corrections,
                JsonLd.forScript(claimReviews.document(fact.get())), claimReviews.baseUrl() + fact.get().path(),
                organisation, policy);
    }
}
