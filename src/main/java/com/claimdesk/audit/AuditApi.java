package com.claimdesk.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;

/** A claim's audit timeline for integrators. */
@Path("/api/claims/{claimId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class AuditApi {

    public record Entry(long id, Instant at, String actor, String action, String entityType, long entityId,
            String summary, Map<String, Object> before, Map<String, Object> after) {
    }

    @GET
    public List<Entry> timeline(@RestPath long claimId) {
        if (Claim.findById(claimId) == null) {
            throw new NotFoundException();
        }
        return AuditEntry.forClaim(claimId).stream()
                .map(a -> new Entry(a.id, a.at, a.actor, a.action, a.entityType, a.entityId, a.summary, a.before,
                        a.after))
                .toList();
    }
}
