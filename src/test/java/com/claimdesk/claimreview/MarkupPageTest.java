package com.claimdesk.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.claimdesk.claimreview.ClaimReviewDocument.Claim;
import com.claimdesk.claimreview.ClaimReviewDocument.CreativeWork;
import com.claimdesk.claimreview.ClaimReviewDocument.Party;
import com.claimdesk.claimreview.ClaimReviewDocument.Rating;

/** The Fact Check Tools API body (issue [14], item 12): the first appearance is not repeated among the others. */
class MarkupPageTest {

    private static ClaimReviewDocument review(List<CreativeWork> appearances) {
        return new ClaimReviewDocument("https://schema.org", "ClaimReview", "https://desk.example/fact-checks/1/x",
                "The bridge will reopen in May", "2025-03-04", null, new Party("Organization", "Desk", null, null),
                new Rating("Rating", "False", 1, 5, 1, "It will not."),
                new Claim("Claim", new Party("Person", "Helen Okafor", null, "Mayor"), "2025-03-01", appearances,
                        appearances.isEmpty() ? null : appearances.get(0)),
                "en");
    }

    private static CreativeWork at(String url) {
        return new CreativeWork("CreativeWork", url, null, null, null);
    }

    @Test
    void theFirstAppearanceIsKeptApartNotRepeated() {
        MarkupPageApi.Markup markup = MarkupPageApi.of(review(List.of(at("https://news.example/one"),
                at("https://news.example/two"), at("https://news.example/three")))).claimReviewMarkups().get(0);
        assertEquals("https://news.example/one", markup.claimFirstAppearance());
        assertEquals(List.of("https://news.example/two", "https://news.example/three"), markup.claimAppearances());
    }

    @Test
    void aSingleAppearanceIsOnlyTheFirst() {
        MarkupPageApi.Markup markup = MarkupPageApi.of(review(List.of(at("https://news.example/one"))))
                .claimReviewMarkups().get(0);
        assertEquals("https://news.example/one", markup.claimFirstAppearance());
        assertEquals(List.of(), markup.claimAppearances());
        assertNull(MarkupPageApi.of(review(List.of())).claimReviewMarkups().get(0).claimFirstAppearance());
    }
}
