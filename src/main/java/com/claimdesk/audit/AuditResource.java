package com.claimdesk.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Role;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;
import com.claimdesk.web.KeysetPage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The whole audit log, newest first, for administrators. Read-only: there is no route that changes it. */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    public static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AuditEntry> entries, String actor, Long next);
    }

    @GET
    public TemplateInstance list(@RestQuery String actor, @RestQuery String after) {
        Long cursor = Inputs.number(after, "after", FormErrors.none());
        String who = Inputs.clean(actor);
        List<AuditEntry> rows = AuditEntry.getEntityManager().createQuery("""
                select a from AuditEntry a
                where (:after is null or a.id < :after) and (:actor is null or a.actor = :actor)
                order by a.id desc""", AuditEntry.class)
                .setParameter("after", cursor)
                .setParameter("actor", who)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        KeysetPage<AuditEntry> page = KeysetPage.of(rows, PAGE_SIZE, entry -> entry.id);
        return Templates.list(page.rows(), who == null ? "" : who, page.next());
    }
}
