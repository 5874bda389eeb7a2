package com.claimdesk.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.claimdesk.accounts.Account;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.articles.Article;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * Records claims: checks a {@link ClaimInput} field by field, resolves the claimant and the appearance, and
 * writes nothing unless everything is right.
 */
@ApplicationScoped
public class ClaimRecords {

    public static final int MAX_STATEMENT = 10_000;
    public static final int MAX_CLAIM_REVIEWED = 300;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;

    @Inject
    Event<ClaimRecorded> recorded;

    @Inject
    AuditLog audit;

    /** What a check produced: the claim when all was well, otherwise the messages. */
    public record Outcome(Claim claim, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }
    }

    /** Creates a claim with its first appearance. Must run in a transaction. */
    public Outcome create(ClaimInput input, String username) {
        return create(input, username, null);
    }

    /**
     * As {@link #create(ClaimInput, String)}, for a claim whose claim reviewed a reviewer must rewrite before
     * research starts ({@code rewriteNote} says why; null when nothing needs rewriting).
     */
    public Outcome create(ClaimInput input, String username, String rewriteNote) {
        FormErrors errors = FormErrors.none();
        Fields fields = check(input, null, errors);
        Appearance appearance = checkAppearance(input, errors);
        if (errors.any()) {
            return new Outcome(null, errors);
        }
        Claim claim = new Claim();
        claim.status = ClaimStatus.NEW;
        claim.createdBy = username;
        claim.createdAt = Instant.now();
        if (fields.madeOn == null && appearance.article != null) {
            fields = fields.madeOn(appearance.article.publishedOn);
        }
        apply(claim, fields);
        claim.rewriteNote = rewriteNote;
        claim.persist();
        appearance.claim = claim;
        appearance.createdAt = claim.createdAt;
        appearance.persist();
        claim.appearances.add(appearance);
        audit.record(username, "claim.created", "claim", claim.id, claim.id, "Claim recorded: " + claim.claimReviewed,
                null, claim.auditState());
        recorded.fire(new ClaimRecorded(claim, appearance));
        return new Outcome(claim, errors);
    }

    /** Changes a claim's own fields (not its appearances). The caller has checked the version. */
    public Outcome update(Claim claim, ClaimInput input, String username) {
        FormErrors errors = FormErrors.none();
        Fields fields = check(input, claim.assignee, errors);
        if (errors.any()) {
            return new Outcome(claim, errors);
        }
        var before = claim.auditState();
        if (!fields.claimReviewed.equals(claim.claimReviewed)) {
            claim.rewriteNote = null; // rewritten
        }
        apply(claim, fields);
        audit.record(username, "claim.updated", "claim", claim.id, claim.id, "Claim edited", before,
                claim.auditState());
        return new Outcome(claim, errors);
    }

    /** Changes a claimant as edited, with its audit entry; nothing is written when a field is wrong. */
    public FormErrors updateClaimant(Claimant claimant, ClaimantInput input, String username) {
        FormErrors errors = FormErrors.none();
        var before = claimant.auditState();
        String name = Inputs.clean(input.name());
        if (name != null && !name.equalsIgnoreCase(claimant.name)) {
            claimant.otherNamed(name).ifPresent(other -> errors.add("name", "Claimant " + other.id
                    + " is already called " + other.name + "; merge the two instead of renaming."));
        }
        if (!errors.any() && input.applyTo(claimant, errors)) {
            audit.record(username, "claimant.updated", "claimant", claimant.id, null,
                    "Claimant edited: " + claimant.name, before, claimant.auditState());
        }
        return errors;
    }

    /** Records that {@code claim} repeats {@code earlier}. */
    public void linkSameAs(Claim claim, Claim earlier, String username) {
        var before = claim.auditState();
        claim.sameAs = earlier;
        claim.updatedAt = Instant.now();
        audit.record(username, "claim.same-as", "claim", claim.id, claim.id,
                "Same claim as " + earlier.id + ": " + earlier.claimReviewed, before, claim.auditState());
    }

    /** Why research on the claim cannot start yet, if it cannot: its claim reviewed must be rewritten first. */
    public static Optional<String> researchRefusal(Claim claim) {
        return Optional.ofNullable(claim.rewriteNote).map(note -> "Research cannot start yet. " + note);
    }

    /** Moves a claim by hand to a state that needs no verdict; the caller has checked the move is allowed. */
    public void move(Claim claim, ClaimStatus next, String reason, String username) {
        var before = claim.auditState();
        claim.status = next;
        claim.dismissalReason = next == ClaimStatus.DISMISSED ? reason : null;
        claim.updatedAt = Instant.now();
        audit.record(username, "claim.status", "claim", claim.id, claim.id,
                "Claim is now " + next.label.toLowerCase() + (reason == null ? "" : ": " + reason), before,
                claim.auditState());
    }

    private record Fields(String statement, String claimReviewed, ClaimantChoice claimant, ClaimKind kind,
            LocalDate madeOn, String[] tags, Account assignee) {
        Fields madeOn(LocalDate date) {
            return new Fields(statement, claimReviewed, claimant, kind, date, tags, assignee);
        }
    }

    /** An existing claimant, or the name and type of one to create once everything else checks out. */
    private record ClaimantChoice(Claimant existing, String newName, ClaimantType newType) {
        Claimant resolve() {
            return existing != null ? existing : Claimant.create(newName, newType);
        }
    }

    private static void apply(Claim claim, Fields fields) {
        claim.statement = fields.statement;
        claim.claimReviewed = fields.claimReviewed;
        claim.claimant = fields.claimant.resolve();
        claim.kind = fields.kind;
        claim.madeOn = fields.madeOn;
        claim.tags = fields.tags;
        claim.assignee = fields.assignee;
        claim.updatedAt = Instant.now();
    }

    private Fields check(ClaimInput input, Account assigned, FormErrors errors) {
        String statement = Inputs.required(input.statement(), "statement",
                "Give the statement as it appeared.", MAX_STATEMENT, errors);
        String claimReviewed = Inputs.required(input.claimReviewed(), "claimReviewed",
                "Say in a short sentence what is checked.", MAX_CLAIM_REVIEWED, errors);
        ClaimantChoice claimant = checkClaimant(input, errors);
        ClaimKind kind = Inputs.choice(ClaimKind.class, input.kind(), "kind",
                "Choose the kind: direct quote, paraphrase, denial, figure or other.", errors);
        LocalDate madeOn = Inputs.pastDate(input.madeAt(), "madeAt", errors);
        String[] tags = checkTags(input.tags(), errors);
        Account assignee = checkAssignee(input.assignee(), assigned, errors);
        return new Fields(statement, claimReviewed, claimant, kind, madeOn, tags, assignee);
    }

    private static ClaimantChoice checkClaimant(ClaimInput input, FormErrors errors) {
        String value = Inputs.optional(input.claimant(), "claimant", 200, errors);
        if (value == null) {
            errors.add("claimant", "Say who made the claim.");
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            Long id = Inputs.number(value, "claimant", errors);
            Claimant byId = id == null ? null : Claimant.findById(id);
            if (byId == null && id != null) {
                errors.add("claimant", "There is no claimant with id " + value + ".");
            }
            return new ClaimantChoice(byId, null, null);
        }
        var known = Claimant.findByNameOrAliasLocked(value);
        if (known.isPresent()) {
            return new ClaimantChoice(known.get(), null, null);
        }
        ClaimantType type = input.claimantType() == null || input.claimantType().isBlank() ? ClaimantType.PERSON
                : Inputs.choice(ClaimantType.class, input.claimantType(), "claimantType",
                        "Choose person or organisation.", errors);
        return new ClaimantChoice(null, value, type);
    }

    private static String[] checkTags(String value, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return new String[0];
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String raw : value.split(",")) {
            String tag = raw.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_TAG || !tag.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*")) {
                errors.add("tags", "Each tag: letters, digits, spaces or dashes, at most " + MAX_TAG + " characters.");
                return new String[0];
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_TAGS) {
            errors.add("tags", "Use at most " + MAX_TAGS + " tags.");
        }
        return tags.toArray(String[]::new);
    }

    /** An account, active unless the claim is already assigned to it: new work never goes to someone who left. */
    private static Account checkAssignee(String value, Account assigned, FormErrors errors) {
        String username = Inputs.clean(value);
        if (username == null) {
            return null;
        }
        var account = Account.findByUsername(username);
        if (account.isEmpty()) {
            errors.add("assignee", "There is no account called " + username + ".");
            return null;
        }
        if (!account.get().active && (assigned == null || !assigned.id.equals(account.get().id))) {
            errors.add("assignee", username + "'s account is deactivated; assign the claim to someone else.");
            return null;
        }
        return account.get();
    }

    private static Appearance checkAppearance(ClaimInput input, FormErrors errors) {
        Appearance appearance = new Appearance();
        Long articleId = Inputs.number(input.articleId(), "appearance.articleId", errors);
        appearance.url = Inputs.webAddress(input.url(), "appearance.url", errors);
        LocalDate seenOn = Inputs.pastDate(input.seenOn(), "appearance.seenOn", errors);
        if (articleId != null) {
            appearance.article = Article.findById(articleId);
            if (appearance.article == null) {
                errors.add("appearance.articleId", "There is no article with id " + articleId + ".");
            } else {
                Passage passage = Passage.ofRange(appearance.article.text, input.start(), input.end(), errors);
                if (passage != null) {
                    appearance.start = passage.start();
                    appearance.end = passage.end();
                }
            }
            appearance.url = null;
        } else if (appearance.url == null && !errors.has("appearance.url") && !errors.has("appearance.articleId")) {
            errors.add("appearance.url", "Say where the claim appeared: an article or a web address.");
        }
        appearance.seenOn = seenOn != null ? seenOn
                : appearance.article != null && appearance.article.publishedOn != null ? appearance.article.publishedOn
                : LocalDate.now();
        return appearance;
    }
}
