package com.claimdesk.claimreview;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
import com.claimdesk.sources.Stance;
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
                String canonical);

        static native TemplateInstance show(FactCheck fact, Verdict verdict, Publication.PublishedRating rating,
                Map<Stance, List<Publication.CitedEvidence>> sources, List<Verdict> corrections, RawString jsonLd,
                String canonical, String organisation, String correctionsPolicy);

        static native TemplateInstance retracted(Verdict retraction, String organisation, String correctionsPolicy,
                String canonical);

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
        return Templates.index(shown, next, config.organisation().name(),
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

    /** Everything on the page comes from the published revision, never from the claim's live records. */
    private TemplateInstance page(long claimId) {
        String organisation = config.organisation().name();
        String policy = config.organisation().correctionsPolicyUrl().orElse("/fact-checks/corrections-policy");
        var found = factChecks.ofClaim(claimId);
        if (found.isEmpty()) {
            Verdict retraction = Verdict.<Verdict>find("claim.id = ?1 and status = ?2 and withdrawn = true", claimId,
                    VerdictStatus.PUBLISHED).firstResult();
            if (retraction == null) {
                throw new NotFoundException();
            }
            return Templates.retracted(retraction, organisation, policy,
                    claimReviews.baseUrl() + "/fact-checks/" + claimId);
        }
        FactCheck fact = found.get();
        Verdict verdict = Verdict.<Verdict>findByIdOptional(fact.verdictId()).orElseThrow(NotFoundException::new);
        List<Verdict> corrections = Verdict.list("claim.id = ?1 and revision > 1 and publishedAt is not null"
                + " order by revision desc", claimId);
        return Templates.show(fact, verdict, fact.shown().rating(), byStance(fact.shown().evidence()), corrections,
                JsonLd.forScript(claimReviews.document(fact)), claimReviews.baseUrl() + fact.path(), organisation,
                policy);
    }

    private static Map<Stance, List<Publication.CitedEvidence>> byStance(List<Publication.CitedEvidence> cited) {
        Map<Stance, List<Publication.CitedEvidence>> grouped = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            grouped.put(stance, cited.stream().filter(e -> e.stance().equals(stance.name())).toList());
        }
        return grouped;
    }
}
