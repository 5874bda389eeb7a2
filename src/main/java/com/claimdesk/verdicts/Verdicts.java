package com.claimdesk.verdicts;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.audit.AuditLog;
import com.claimdesk.claimreview.ClaimReviewValidator;
import com.claimdesk.claimreview.ClaimReviews;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimRecords;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.sources.Evidence;
import com.claimdesk.verdicts.ReviewWorkflow.Action;
import com.claimdesk.verdicts.ReviewWorkflow.Actor;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * The editorial workflow on verdicts: write, submit, send back, approve, publish, correct. Each step checks
 * {@link ReviewWorkflow}, changes the claim's status where the step moves it, and writes the audit log in
 * the same transaction. Every method must run in a transaction.
 */
@ApplicationScoped
public class Verdicts {

    public static final int MAX_CONCLUSION = 300;
    public static final int MAX_EXPLANATION = 20_000;
    public static final int MAX_NOTE = 2000;

    /** The verdict after a step, or the messages saying why the step was refused. */
    public record Outcome(Verdict verdict, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }

        static Outcome refused(Verdict verdict, String field, String message) {
            return new Outcome(verdict, FormErrors.none().add(field, message));
        }
    }

    @Inject
    AuditLog audit;

    @Inject
    ClaimReviews claimReviews;

    /** Starts the claim's verdict: the first revision, as a draft. */
    public Outcome create(Claim claim, VerdictInput input, Actor actor) {
        if (Verdict.count("claim", claim) > 0) {
            return Outcome.refused(null, "verdict", "This claim has a verdict already; edit or correct it.");
        }
        Optional<String> refusal = ReviewWorkflow.refusal(Action.EDIT, VerdictStatus.DRAFT,
                List.of(actor.username()), actor).or(() -> ClaimRecords.researchRefusal(claim));
        if (refusal.isPresent()) {
            return Outcome.refused(null, "verdict", refusal.get());
        }
        Verdict verdict = new Verdict();
        verdict.claim = claim;
        verdict.revision = 1;
        verdict.status = VerdictStatus.DRAFT;
        verdict.author = actor.username();
        FormErrors errors = apply(verdict, input, actor);
        if (errors.any()) {
            return new Outcome(null, errors);
        }
        verdict.createdAt = verdict.updatedAt;
        verdict.persist();
        if (claim.status == ClaimStatus.NEW) {
            moveClaim(claim, ClaimStatus.RESEARCHING, actor);
        }
        audit.record(actor.username(), "verdict.created", "verdict", verdict.id, claim.id,
                "Verdict drafted: " + verdict.conclusion, null, verdict.auditState());
        return new Outcome(verdict, errors);
    }

    /** Changes a draft. The caller has checked the version. */
    public Outcome update(Verdict verdict, VerdictInput input, Actor actor) {
        Optional<String> refusal = check(Action.EDIT, verdict, actor);
        if (refusal.isPresent()) {
            return Outcome.refused(verdict, "verdict", refusal.get());
        }
        var before = verdict.auditState();
        FormErrors errors = apply(verdict, input, actor);
        if (!errors.any()) {
            audit.record(actor.username(), "verdict.updated", "verdict", verdict.id, verdict.claim.id,
                    "Verdict draft edited", before, verdict.auditState());
        }
        return new Outcome(verdict, errors);
    }

    public Outcome submit(Verdict verdict, Actor actor) {
        Optional<String> refusal = check(Action.SUBMIT, verdict, actor);
        if (refusal.isEmpty() && verdict.evidence.stream().noneMatch(Evidence::linked)) {
            refusal = Optional.of("Cite at least one source before submitting: link it to the claim, then tick it "
                    + "in the verdict.");
        }
        if (refusal.isEmpty() && verdict.rating == null && !verdict.withdrawn) {
            refusal = Optional.of("Choose a rating before submitting.");
        }
        if (refusal.isPresent()) {
            return Outcome.refused(verdict, "verdict", refusal.get());
        }
        var before = verdict.auditState();
        verdict.status = VerdictStatus.SUBMITTED;
        verdict.submittedBy = actor.username();
        verdict.submittedAt = Instant.now();
        verdict.updatedAt = verdict.submittedAt;
        if (verdict.revision == 1) {
            moveClaim(verdict.claim, ClaimStatus.IN_REVIEW, actor);
        }
        audit.record(actor.username(), "verdict.submitted", "verdict", verdict.id, verdict.claim.id,
                "Verdict submitted for review", before, verdict.auditState());
        return new Outcome(verdict, FormErrors.none());
    }

    public Outcome requestChanges(Verdict verdict, String comment, Actor actor) {
        Optional<String> refusal = check(Action.REQUEST_CHANGES, verdict, actor);
        if (refusal.isPresent()) {
            return Outcome.refused(verdict, "verdict", refusal.get());
        }
        FormErrors errors = FormErrors.none();
        String why = Inputs.required(comment, "comment", "Say what needs to change.", MAX_NOTE, errors);
        if (errors.any()) {
            return new Outcome(verdict, errors);
        }
        var before = verdict.auditState();
        verdict.status = VerdictStatus.DRAFT;
        verdict.editorComment = why;
        verdict.approvedBy = null;
        verdict.approvedAt = null;
        verdict.updatedAt = Instant.now();
        if (verdict.revision == 1) {
            moveClaim(verdict.claim, ClaimStatus.RESEARCHING, actor);
        }
        audit.record(actor.username(), "verdict.changes-requested", "verdict", verdict.id, verdict.claim.id,
                "Changes requested: " + why, before, verdict.auditState());
        return new Outcome(verdict, FormErrors.none());
    }

    public Outcome approve(Verdict verdict, Actor actor) {
        Optional<String> refusal = check(Action.APPROVE, verdict, actor);
        if (refusal.isPresent()) {
            return Outcome.refused(verdict, "verdict", refusal.get());
        }
        var before = verdict.auditState();
        verdict.status = VerdictStatus.APPROVED;
        verdict.approvedBy = actor.username();
        verdict.approvedAt = Instant.now();
        verdict.updatedAt = verdict.approvedAt;
        audit.record(actor.username(), "verdict.approved", "verdict", verdict.id, verdict.claim.id,
                "Verdict approved", before, verdict.auditState());
        return new Outcome(verdict, FormErrors.none());
    }

    /** Publishes; a correction supersedes the revision it corrects, which stays readable. */
    public Outcome publish(Verdict verdict, Actor actor) {
        Optional<String> refusal = check(Action.PUBLISH, verdict, actor);
        if (refusal.isEmpty() && !verdict.withdrawn) {
            List<ClaimReviewValidator.Problem> problems = claimReviews.check(verdict);
            if (!ClaimReviewValidator.publishable(problems)) {
                refusal = Optional.of("The ClaimReview markup would be invalid: " + problems.stream()
                        .filter(ClaimReviewValidator.Problem::error)
                        .map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + " " + b).orElse(""));
            }
        }
        if (refusal.isPresent()) {
            return Outcome.refused(verdict, "verdict", refusal.get());
        }
        Instant now = Instant.now();
        if (verdict.corrects != null) {
            Verdict previous = verdict.corrects;
            var previousBefore = previous.auditState();
            previous.status = VerdictStatus.SUPERSEDED;
            previous.updatedAt = now;
            audit.record(actor.username(), "verdict.superseded", "verdict", previous.id, previous.claim.id,
                    "Revision " + previous.revision + " superseded by revision " + verdict.revision, previousBefore,
                    previous.auditState());
            // The superseded row must leave "published" before the new one enters it (one published per claim).
            Verdict.flush();
        }
        var before = verdict.auditState();
        verdict.publication = claimReviews.publicationOf(verdict);
        verdict.status = VerdictStatus.PUBLISHED;
        verdict.publishedBy = actor.username();
        verdict.publishedAt = now;
        verdict.updatedAt = now;
        moveClaim(verdict.claim, ClaimStatus.PUBLISHED, actor);
        audit.record(actor.username(), verdict.corrects == null ? "verdict.published" : "verdict.correction-published",
                "verdict", verdict.id, verdict.claim.id,
                verdict.corrects == null ? "Verdict published" : "Correction published: " + verdict.correctionNote,
                before, verdict.auditState());
        return new Outcome(verdict, FormErrors.none());
    }

    /** Opens a correction: a new draft revision copied from the published one, with a public note. */
    public Outcome correct(Verdict published, String note, boolean withdraw, Actor actor) {
        Optional<String> refusal = check(Action.CORRECT, published, actor);
        if (refusal.isEmpty() && Verdict.count("claim = ?1 and revision > ?2", published.claim, published.revision) > 0) {
            refusal = Optional.of("A correction of this verdict is already under way.");
        }
        if (refusal.isPresent()) {
            return Outcome.refused(published, "verdict", refusal.get());
        }
        FormErrors errors = FormErrors.none();
        String why = Inputs.required(note, "correctionNote", "Say what is corrected and why: readers will see it.",
                MAX_NOTE, errors);
        if (errors.any()) {
            return new Outcome(published, errors);
        }
        Verdict correction = new Verdict();
        correction.claim = published.claim;
        correction.revision = published.revision + 1;
        correction.corrects = published;
        correction.rating = withdraw ? null : published.rating;
        correction.withdrawn = withdraw;
        correction.conclusion = withdraw ? "Retracted: " + truncate(published.conclusion, MAX_CONCLUSION - 11)
                : published.conclusion;
        correction.explanation = published.explanation;
        correction.evidence = new HashSet<>(published.evidence);
        correction.correctionNote = why;
        correction.status = VerdictStatus.DRAFT;
        correction.author = actor.username();
        correction.editedBy(actor.username());
        correction.createdAt = Instant.now();
        correction.updatedAt = correction.createdAt;
        correction.persist();
        audit.record(actor.username(), withdraw ? "verdict.retraction-started" : "verdict.correction-started",
                "verdict", correction.id, correction.claim.id,
                (withdraw ? "Retraction drafted: " : "Correction drafted: ") + why, published.auditState(),
                correction.auditState());
        return new Outcome(correction, FormErrors.none());
    }

    private static Optional<String> check(Action action, Verdict verdict, Actor actor) {
        return ReviewWorkflow.refusal(action, verdict.status, verdict.editors, actor);
    }

    /** Writes the checked fields into the verdict, or nothing when one is wrong. */
    private static FormErrors apply(Verdict verdict, VerdictInput input, Actor actor) {
        FormErrors errors = FormErrors.none();
        boolean withdraw = verdict.revision > 1 && input.withdraws();
        Rating rating = withdraw ? null : checkRating(verdict, input.rating(), errors);
        String conclusion = Inputs.required(input.conclusion(), "conclusion", "Give the conclusion in one line.",
                MAX_CONCLUSION, errors);
        String explanation = Inputs.required(input.explanation(), "explanation",
                "Explain the verdict: what was checked and what the sources show.", MAX_EXPLANATION, errors);
        Set<Evidence> cited = checkEvidence(verdict.claim, input.evidence(), errors);
        String note = verdict.revision == 1 ? null
                : Inputs.required(input.correctionNote(), "correctionNote",
                        "Say what is corrected and why: readers will see it.", MAX_NOTE, errors);
        if (errors.any()) {
            return errors;
        }
        boolean changed = verdict.id == null || !Objects.equals(id(verdict.rating), id(rating))
                || verdict.withdrawn != withdraw || !verdict.conclusion.equals(conclusion)
                || !verdict.explanation.equals(explanation) || !ids(verdict.evidence).equals(ids(cited))
                || !Objects.equals(verdict.correctionNote, note);
        verdict.rating = rating;
        verdict.withdrawn = withdraw;
        verdict.conclusion = conclusion;
        verdict.explanation = explanation;
        verdict.evidence = cited;
        verdict.correctionNote = note;
        // Whoever changes the text shares its authorship for the four-eyes rule; a save that changes nothing
        // makes nobody an author.
        if (changed) {
            verdict.editedBy(actor.username());
        }
        verdict.updatedAt = Instant.now();
        return errors;
    }

    private static Long id(Rating rating) {
        return rating == null ? null : rating.id;
    }

    private static Set<Long> ids(Set<Evidence> evidence) {
        return evidence.stream().map(e -> e.id).collect(Collectors.toSet());
    }

    private static Rating checkRating(Verdict verdict, String value, FormErrors errors) {
        Long id = Inputs.number(value, "rating", errors);
        if (id == null) {
            if (!errors.has("rating")) {
                errors.add("rating", "Choose a rating from the scale.");
            }
            return null;
        }
        Rating rating = Rating.findById(id);
        boolean keptRetired = rating != null && verdict.rating != null && rating.id.equals(verdict.rating.id);
        if (rating == null || rating.retired && !keptRetired) {
            errors.add("rating", "Choose a rating from the scale.");
            return null;
        }
        return rating;
    }

    private static Set<Evidence> checkEvidence(Claim claim, List<String> ids, FormErrors errors) {
        Set<Evidence> cited = new HashSet<>();
        for (String value : ids) {
            Long id = Inputs.number(value, "evidence", errors);
            Evidence evidence = id == null ? null : Evidence.findById(id);
            if (evidence == null || !evidence.claim.id.equals(claim.id) || !evidence.linked()) {
                errors.add("evidence", "Cite only sources linked to this claim.");
                return Set.of();
            }
            cited.add(evidence);
        }
        return cited;
    }

    private void moveClaim(Claim claim, ClaimStatus status, Actor actor) {
        if (claim.status == status) {
            return;
        }
        String before = claim.status.name();
        claim.status = status;
        claim.updatedAt = Instant.now();
        audit.record(actor.username(), "claim.status", "claim", claim.id, claim.id,
                "Claim is now " + status.label.toLowerCase(Locale.ROOT), Map.of("status", before),
                Map.of("status", status.name()));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
