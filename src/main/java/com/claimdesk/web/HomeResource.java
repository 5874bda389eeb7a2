package com.claimdesk.web;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.claimdesk.articles.Article;
import com.claimdesk.audit.AuditEntry;
import com.claimdesk.claims.ClaimFilter;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.claims.StatusCounts;
import com.claimdesk.verdicts.Inbox;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(long articleCount, long newClaims, long researching, boolean returning,
                Inbox.Contents inbox);
    }

    @Inject
    StatusCounts statusCounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Inbox inbox;

    @GET
    @PermitAll
    public TemplateInstance home() {
        // The counts the database keeps per status: this page is open to anyone, and counting is costly at scale.
        Map<ClaimStatus, Long> counts = statusCounts.of(ClaimFilter.all());
        boolean returning = currentUser.signedIn() && AuditEntry.signedInBefore(currentUser.name());
        // After signing in, a reviewer lands here: what needs them comes first.
        return Templates.home(Article.count(), counts.get(ClaimStatus.NEW), counts.get(ClaimStatus.RESEARCHING),
                returning, inbox.kept() ? inbox.contents() : null);
    }
}
