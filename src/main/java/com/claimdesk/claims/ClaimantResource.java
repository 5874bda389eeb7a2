package com.claimdesk.claims;

import java.util.List;
import java.util.Locale;
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
import com.claimdesk.audit.AuditLog;
import com.claimdesk.verdicts.Verdict;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;
import com.claimdesk.web.KeysetPage;
import com.claimdesk.web.Plural;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Claimants: who says what. Editors merge two records of the same person or organisation. */
@Path("/claimants")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ClaimantResource {

    public static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Claimant> claimants, String q, Long next);

        static native TemplateInstance show(Claimant claimant, List<Claim> claims, long claimCount,
                List<Verdict> verdicts);

        static native TemplateInstance edit(Claimant claimant, ClaimantInput form, long version, Claimant current,
                FormErrors errors);

        static native TemplateInstance merge(Claimant claimant, String into, FormErrors errors);

        static native TemplateInstance confirmMerge(Claimant gone, Claimant kept, long claims);
    }

    @Inject
    AuditLog audit;

    @Inject
    ClaimRecords records;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String after) {
        Long cursor = Inputs.number(after, "after", FormErrors.none());
        String words = Inputs.clean(q);
        String pattern = words == null ? null : "%" + words.toLowerCase(Locale.ROOT) + "%";
        List<Claimant> rows = Claimant.getEntityManager().createQuery("""
                select c from Claimant c
                where (:after is null or c.id < :after)
                  and (:pattern is null or lower(c.name) like :pattern
                       or exists (select 1 from Claimant a join a.aliases alias where a = c and lower(alias) like :pattern))
                order by c.id desc""", Claimant.class)
                .setParameter("after", cursor)
                .setParameter("pattern", pattern)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        KeysetPage<Claimant> page = KeysetPage.of(rows, PAGE_SIZE, claimant -> claimant.id);
        return Templates.list(page.rows(), words == null ? "" : words, page.next());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        Claimant claimant = find(id);
        List<Claim> claims = Claim.find("claimant = ?1 order by id desc", claimant).page(0, 50).list();
        return Templates.show(claimant, claims, Claim.count("claimant", claimant), Verdict.onClaimsOf(claimant));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Claimant claimant = find(id);
        return Templates.edit(claimant, ClaimantInput.of(claimant), claimant.version, null, FormErrors.none());
    }

    @POST
    @Path("/{id}")
    @Transactional
    public Response update(@RestPath long id, @RestForm long version, ClaimantInput form) {
        Claimant claimant = find(id);
        if (claimant.version != version) {
            return Response.status(409)
                    .entity(Templates.edit(claimant, form, claimant.version, claimant, FormErrors.none())).build();
        }
        FormErrors errors = records.updateClaimant(claimant, form, currentUser.name());
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(claimant, form, version, null, errors)).build();
        }
        return Flash.redirect("/claimants/" + id, "Claimant saved.");
    }

    @GET
    @Path("/{id}/merge")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance mergeForm(@RestPath long id) {
        return Templates.merge(find(id), "", FormErrors.none());
    }

    /** Merges this claimant into the one named in {@code into} (an id, a name or an alias). */
    @POST
    @Path("/{id}/merge")
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public Response merge(@RestPath long id, @RestForm String into, @RestForm boolean confirm) {
        Claimant gone = find(id);
        FormErrors errors = FormErrors.none();
        String target = Inputs.clean(into);
        Claimant kept = null;
        if (target == null) {
            errors.add("into", "Name the claimant to keep.");
        } else if (target.chars().allMatch(Character::isDigit)) {
            Long keptId = Inputs.number(target, "into", errors);
            kept = keptId == null ? null : Claimant.findById(keptId);
        } else {
            kept = Claimant.findByNameOrAlias(target).orElse(null);
        }
        if (target != null && kept == null && !errors.any()) {
            errors.add("into", "No claimant is called " + target + ".");
        } else if (kept != null && kept.id.equals(gone.id)) {
            errors.add("into", "Choose another claimant: this is the one being merged.");
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.merge(gone, into, errors)).build();
        }
        if (!confirm) {
            // A merge cannot be taken apart again: first say which record goes and what moves.
            return Response.ok(Templates.confirmMerge(gone, kept, Claim.count("claimant", gone))).build();
        }
        String goneName = gone.name;
        var goneState = gone.auditState();
        var keptBefore = kept.auditState();
        int moved = ClaimantMerge.merge(gone, kept);
        audit.record(currentUser.name(), "claimant.merged", "claimant", kept.id, null,
                goneName + " (claimant " + id + ") merged into " + kept.name + "; " + Plural.of(moved, "claim")
                        + " moved",
                Map.of("gone", goneState, "kept", keptBefore), kept.auditState());
        return Flash.redirect("/claimants/" + kept.id,
                goneName + " merged into " + kept.name + "; " + Plural.of(moved, "claim") + " moved.");
    }

    private static Claimant find(long id) {
        return Claimant.findForPage(id).orElseThrow(NotFoundException::new);
    }
}
