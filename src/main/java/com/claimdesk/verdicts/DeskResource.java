package com.claimdesk.verdicts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.claims.StatusCounts;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Plural;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The newsroom's desk: my claims, verdicts waiting for me, and how the work stands. */
@Path("/desk")
@Produces(MediaType.TEXT_HTML)
public class DeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Inbox.Part<Claim> claims);

        static native TemplateInstance approvals(Inbox.Part<Verdict> verdicts);

        static native TemplateInstance dashboard(Map<ClaimStatus, Long> byStatus, List<PersonRow> byPerson,
                String medianToPublication, long published);
    }

    /** A reviewer's claims by status, for the dashboard. */
    public record PersonRow(String username, Map<ClaimStatus, Long> counts) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager entityManager;

    /** How many rows the desk's lists show: the claims list pages through all of a reviewer's claims. */
    static final int SHOWN = 200;

    /** Claims assigned to me that still need work, newest first. */
    @GET
    @Path("mine")
    @RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME})
    public TemplateInstance mine() {
        return Templates.mine(Inbox.Part.first(Claim.find("""
                from Claim c join fetch c.claimant where c.assignee.username = ?1 and c.status in ?2
                order by c.id desc""", currentUser.name(),
                List.of(ClaimStatus.NEW, ClaimStatus.RESEARCHING, ClaimStatus.IN_REVIEW)), SHOWN));
    }

    /** Verdicts waiting for an editor, the longest waiting first: submitted or approved, and not written or edited by me. */
    @GET
    @Path("approvals")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance approvals() {
        return Templates.approvals(Inbox.waitingForApproval(currentUser.name(), Inbox.Waiting.ALL, SHOWN));
    }

    @GET
    @Path("dashboard")
    @RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance dashboard() {
        // The counts the database keeps per status: counting a million claims took 60 ms.
        Map<ClaimStatus, Long> byStatus = StatusCounts.kept();

        Map<String, Map<ClaimStatus, Long>> people = new LinkedHashMap<>();
        entityManager.createQuery("""
                select a.username, c.status, count(c) from Claim c join c.assignee a
                group by a.username, c.status order by a.username""", Object[].class)
                .getResultList()
                .forEach(row -> people.computeIfAbsent((String) row[0], name -> emptyCounts())
                        .put((ClaimStatus) row[1], (Long) row[2]));
        List<PersonRow> byPerson = new ArrayList<>();
        people.forEach((name, counts) -> byPerson.add(new PersonRow(name, counts)));

        // The median over first publications: from when the claim was recorded to its first published verdict.
        Object[] median = (Object[]) entityManager.createNativeQuery("""
                select percentile_cont(0.5) within group (order by extract(epoch from v.published_at - c.created_at)),
                       count(*)
                from verdict v join claim c on c.id = v.claim_id
                where v.revision = 1 and v.published_at is not null""").getSingleResult();
        long published = ((Number) median[1]).longValue();
        String medianText = median[0] == null ? "no publication yet"
                : human(Duration.ofSeconds(((Number) median[0]).longValue()));
        return Templates.dashboard(byStatus, byPerson, medianText, published);
    }

    private static Map<ClaimStatus, Long> emptyCounts() {
        Map<ClaimStatus, Long> counts = new LinkedHashMap<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }

    static String human(Duration duration) {
        if (duration.toDays() >= 2) {
            return Plural.of(duration.toDays(), "day");
        }
        if (duration.toHours() >= 2) {
            return Plural.of(duration.toHours(), "hour");
        }
        return Plural.of(Math.max(1, duration.toMinutes()), "minute");
    }
}
