package com.claimdesk.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.claimdesk.articles.Article;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Small records made directly in the database, for tests whose subject is elsewhere. */
public final class ClaimFixtures {

    private ClaimFixtures() {
    }

    public static Article article(String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article article = new Article();
            article.headline = "Fixture article " + UUID.randomUUID();
            article.setText(text + "\n[" + UUID.randomUUID() + "]");
            article.publishedOn = LocalDate.of(2022, 1, 27);
            article.addedBy = "fixture";
            article.addedAt = Instant.now();
            article.persist();
            return article;
        });
    }

    /** The claimant of that name, made unless another test made it already (names are unique). */
    public static Claimant claimant(String name, String... aliases) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Claimant claimant = Claimant.<Claimant>find("lower(name) = lower(?1)", name.strip()).firstResultOptional()
                    .orElseGet(() -> Claimant.create(name, ClaimantType.PERSON));
            claimant.aliases.addAll(java.util.List.of(aliases));
            return claimant;
        });
    }

    /** A claim by {@code claimant} with a web appearance, optionally tagged. */
    public static Claim claim(Claimant claimant, String claimReviewed, String... tags) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = new Claim();
            claim.statement = claimReviewed;
            claim.claimReviewed = claimReviewed;
            claim.claimant = Claimant.findById(claimant.id);
            claim.kind = ClaimKind.OTHER;
            claim.status = ClaimStatus.NEW;
            claim.tags = tags;
            claim.createdBy = "fixture";
            claim.createdAt = Instant.now();
            claim.updatedAt = claim.createdAt;
            claim.persist();
            Appearance appearance = new Appearance();
            appearance.claim = claim;
            appearance.url = "https://example.org/" + UUID.randomUUID();
            appearance.seenOn = LocalDate.of(2022, 1, 27);
            appearance.createdAt = claim.createdAt;
            appearance.persist();
            return claim;
        });
    }
}
