package com.claimdesk.claimreview;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.claimdesk.audit.AuditLog;
import com.claimdesk.database.KeyLock;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Stores what a ClaimReview document holds, item by item: a new fact-check is added, one already here is updated
 * when its publisher changed it (a newer dateModified, or another rating), a removal its publisher signalled marks
 * it removed. The import page, {@code POST /api/claimreview/import} and watched feeds all come through here.
 */
@ApplicationScoped
public class ClaimReviewImporter {

    /** What happened to one item of the document; {@code outcome} is added, updated, unchanged or refused. */
    @JsonPropertyOrder({"outcome", "reason", "url", "claimReviewed", "claimant", "rating", "organisation", "author",
            "language", "datePublished"})
    public record Outcome(String outcome, String reason, String url, String claimReviewed, String claimant,
            String rating, String organisation, String author, String language, String datePublished) {

        static Outcome of(String outcome, String reason, ExternalFactCheck check) {
            return new Outcome(outcome, reason, check.url, check.claimReviewed, check.claimant, check.rating,
                    check.organisation, check.author, check.language,
                    check.publishedOn == null ? null : check.publishedOn.toString());
        }
    }

    @Inject
    AuditLog audit;

    /**
     * Imports one document: {@code contentType} (may be null) says whether it is JSON or a page, {@code pageUrl}
     * (may be null) is its own address, for relative ones; {@code actor} is who (or which watcher) imports it.
     *
     * @throws ClaimReviewImport.Unreadable when the document holds no ClaimReview, saying what it holds instead
     */
    @Transactional
    public List<Outcome> importDocument(String body, String contentType, String pageUrl, String actor)
            throws ClaimReviewImport.Unreadable {
        List<Outcome> outcomes = new ArrayList<>();
        for (ClaimReviewImport.Item item : ClaimReviewImport.read(body, contentType, pageUrl)) {
            if (!item.valid()) {
                outcomes.add(refused(item));
            } else if (item.removal() != null) {
                outcomes.add(remove(item.removal(), actor));
            } else {
                outcomes.add(store(item.found(), actor));
            }
        }
        return outcomes;
    }

    /** A refusal with its reasons, and what could be read of the item, to tell which one it was. */
    private static Outcome refused(ClaimReviewImport.Item item) {
        String reason = item.problems().entrySet().stream()
                .map(problem -> problem.getKey() + ": " + problem.getValue()).collect(Collectors.joining(" "));
        ClaimReviewImport.Found read = item.found();
        return read == null ? new Outcome("refused", reason, null, null, null, null, null, null, null, null)
                : new Outcome("refused", reason, read.url(), read.claimReviewed(), read.claimant(), read.rating(),
                        read.organisation(), read.author(), read.language(),
                        read.publishedOn() == null ? null : read.publishedOn().toString());
    }

    private Outcome store(ClaimReviewImport.Found found, String actor) {
        // Two imports of the same page at once: the second waits and finds the first's rows.
        KeyLock.hold("external-fact-check", found.url());
        Optional<ExternalFactCheck> existing = ExternalFactCheck.of(found);
        if (existing.isEmpty()) {
            ExternalFactCheck check = new ExternalFactCheck();
            check.take(found);
            check.importedBy = actor;
            check.importedAt = Instant.now();
            check.persist();
            // Flushed at once so that a document listing the same fact-check twice finds the first.
            ExternalFactCheck.flush();
            audit.record(actor, "external.imported", "external_fact_check", check.id, null, summary(check), null,
                    check.state());
            return Outcome.of("added", null, check);
        }
        ExternalFactCheck check = existing.get();
        String why = change(check, found);
        if (why == null) {
            return Outcome.of("unchanged", check.removedAt == null ? "Already imported; no newer change."
                    : "Removed by its publisher; this copy is not newer.", check);
        }
        Map<String, Object> before = check.state();
        check.take(found);
        ExternalFactCheck.flush();
        Map<String, Object> after = check.state();
        changedOnly(before, after);
        audit.record(actor, "external.updated", "external_fact_check", check.id, null, summary(check) + ": " + why,
                before, after);
        return Outcome.of("updated", why, check);
    }

    /**
     * Why {@code found} replaces what is stored, or null when it does not: its publisher changed it later than
     * the stored copy, or rated it differently without being older.
     */
    private static String change(ExternalFactCheck check, ClaimReviewImport.Found found) {
        Instant modified = found.modifiedAt();
        boolean newer = modified != null && (check.modifiedAt == null || modified.isAfter(check.modifiedAt));
        boolean older = modified != null && check.modifiedAt != null && modified.isBefore(check.modifiedAt)
                || modified == null && check.modifiedAt != null;
        if (!Objects.equals(check.rating, found.rating()) && !older) {
            return "Rating changed: " + check.rating + " → " + found.rating() + ".";
        }
        if (newer) {
            return (check.removedAt == null ? "Changed by its publisher on " : "Published again on ")
                    + modified.atOffset(ZoneOffset.UTC).toLocalDate() + ".";
        }
        return null;
    }

    private Outcome remove(ClaimReviewImport.Removal removal, String actor) {
        List<ExternalFactCheck> removed = ExternalFactCheck.of(removal);
        String on = removal.removedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        if (removed.isEmpty()) {
            return new Outcome("unchanged", "Removed by its publisher on " + on + "; it was never imported here.",
                    removal.url(), null, null, null, null, null, null, null);
        }
        Outcome outcome = null;
        for (ExternalFactCheck check : removed) {
            if (check.removedAt != null) {
                outcome = Outcome.of("unchanged", "Already marked removed by its publisher.", check);
                continue;
            }
            Map<String, Object> before = check.state();
            check.removedAt = removal.removedAt();
            Map<String, Object> after = check.state();
            changedOnly(before, after);
            audit.record(actor, "external.removed", "external_fact_check", check.id, null,
                    summary(check) + ": removed by its publisher", before, after);
            outcome = Outcome.of("updated", "Removed by its publisher on " + on + ".", check);
        }
        return outcome;
    }

    private static void changedOnly(Map<String, Object> before, Map<String, Object> after) {
        for (String field : new ArrayList<>(before.keySet())) {
            if (Objects.equals(before.get(field), after.get(field))) {
                before.remove(field);
                after.remove(field);
            }
        }
    }

    private static String summary(ExternalFactCheck check) {
        return check.organisation + ": " + check.claimReviewed + " (" + check.rating + ")";
    }
}
