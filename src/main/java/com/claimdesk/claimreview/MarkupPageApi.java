package com.claimdesk.claimreview;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.accounts.Role;
import com.claimdesk.verdicts.Verdict;
import com.claimdesk.verdicts.VerdictStatus;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body Google's Fact Check Tools API takes to create or update a ClaimReviewMarkupPage, for newsrooms that
 * push their fact-checks instead of (or besides) publishing the markup on the page.
 */
@Path("/api/verdicts/{id}/markup-page")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class MarkupPageApi {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record MarkupPage(String pageUrl, String publishDate, Author claimReviewAuthor,
            List<Markup> claimReviewMarkups) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Author(String name, String jobTitle) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Markup(String url, String claimReviewed, String claimDate, String claimFirstAppearance,
            List<String> claimAppearances, Author claimAuthor, MarkupRating rating) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record MarkupRating(String textualRating, Integer ratingValue, Integer bestRating, Integer worstRating,
            String ratingExplanation) {
    }

    @Inject
    FactChecks factChecks;

    @Inject
    ClaimReviews claimReviews;

    /** Only the published revision has a page to describe. */
    @GET
    public MarkupPage markupPage(@RestPath long id) {
        Verdict verdict = Verdict.findById(id);
        if (verdict == null || verdict.status != VerdictStatus.PUBLISHED) {
            throw new NotFoundException();
        }
        FactCheck fact = factChecks.ofClaim(verdict.claim.id).orElseThrow(NotFoundException::new);
        return of(claimReviews.document(fact));
    }

    /**
     * The markup page of a ClaimReview. Google's ClaimReviewMarkupPage keeps the first appearance apart
     * (claimFirstAppearance) and defines claimAppearances as the others, so it is not repeated there.
     */
    static MarkupPage of(ClaimReviewDocument review) {
        var rating = review.reviewRating();
        var claim = review.itemReviewed();
        List<String> appearances = claim.appearance() == null ? List.of()
                : claim.appearance().stream().map(ClaimReviewDocument.CreativeWork::url).filter(u -> u != null).toList();
        Markup markup = new Markup(review.url(), review.claimReviewed(), claim.datePublished(),
                appearances.isEmpty() ? null : appearances.get(0),
                appearances.isEmpty() ? List.of() : appearances.subList(1, appearances.size()),
                new Author(claim.author().name(), claim.author().jobTitle()),
                new MarkupRating(rating.alternateName(), rating.ratingValue(), rating.bestRating(), rating.worstRating(),
                        rating.ratingExplanation()));
        return new MarkupPage(review.url(), review.datePublished(), new Author(review.author().name(), null),
                List.of(markup));
    }
}
