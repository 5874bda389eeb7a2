package com.claimdesk.claims;

import org.jboss.resteasy.reactive.RestForm;

import com.claimdesk.articles.Article;
import com.claimdesk.web.Inputs;

/**
 * A claim as typed on the form or sent to the API, before checking. Field names are those of the API,
 * so a message names the same field on a page and in JSON.
 */
public record ClaimInput(
        @RestForm String statement,
        @RestForm String claimReviewed,
        /** A claimant id, or a name matched against claimants and their aliases (new when none matches). */
        @RestForm String claimant,
        @RestForm String claimantType,
        @RestForm String kind,
        @RestForm String madeAt,
        /** Comma-separated. */
        @RestForm String tags,
        /** A user name. */
        @RestForm String assignee,
        @RestForm("appearance.articleId") String articleId,
        @RestForm("appearance.url") String url,
        @RestForm("appearance.start") String start,
        @RestForm("appearance.end") String end,
        @RestForm("appearance.seenOn") String seenOn) {

    /** A field left out of the request reads as empty, as it would from a blank form field. */
    public ClaimInput {
        statement = Inputs.orEmpty(statement);
        claimReviewed = Inputs.orEmpty(claimReviewed);
        claimant = Inputs.orEmpty(claimant);
        claimantType = Inputs.orEmpty(claimantType);
        kind = Inputs.orEmpty(kind);
        madeAt = Inputs.orEmpty(madeAt);
        tags = Inputs.orEmpty(tags);
        assignee = Inputs.orEmpty(assignee);
        articleId = Inputs.orEmpty(articleId);
        url = Inputs.orEmpty(url);
        start = Inputs.orEmpty(start);
        end = Inputs.orEmpty(end);
        seenOn = Inputs.orEmpty(seenOn);
    }

    /** A claim form for a passage of an article, the statement filled in from its text. */
    public static ClaimInput forPassage(Article article, int start, int end) {
        String passage = article.text.substring(start, end);
        return new ClaimInput(passage, "", "", ClaimantType.PERSON.name(), ClaimKind.DIRECT_QUOTE.name(),
                article.publishedOn == null ? "" : article.publishedOn.toString(), "", "",
                String.valueOf(article.id), "", String.valueOf(start), String.valueOf(end),
                article.publishedOn == null ? "" : article.publishedOn.toString());
    }

    public static ClaimInput of(Claim claim) {
        return new ClaimInput(claim.statement, claim.claimReviewed, claim.claimant.name, claim.claimant.type.name(),
                claim.kind.name(), claim.madeOn == null ? "" : claim.madeOn.toString(), String.join(", ", claim.tags),
                claim.assignee == null ? "" : claim.assignee.username, "", "", "", "", "");
    }
}
