package com.claimdesk.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.claimdesk.articles.Article;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimStatus;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(long articleCount, long newClaims, long researching);
    }

    @GET
    @PermitAll
    public TemplateInstance home() {
        return Templates.home(Article.count(), Claim.count("status", ClaimStatus.NEW),
                Claim.count("status", ClaimStatus.RESEARCHING));
    }
}
