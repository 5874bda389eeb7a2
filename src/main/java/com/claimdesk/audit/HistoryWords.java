package com.claimdesk.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * The audit log's actions and changed fields in the newsroom's words: a claim's history reads "changed the
 * rating and the editor's comment", not "changed: editorComment, rating".
 */
public final class HistoryWords {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("account.created", "account created"),
            Map.entry("addresses.imported", "list of addresses imported"),
            Map.entry("account.password", "password changed"),
            Map.entry("account.roles", "roles changed"),
            Map.entry("account.signed-in", "signed in"),
            Map.entry("account.sign-in-failed", "sign-in refused"),
            Map.entry("appearance.added", "appearance added"),
            Map.entry("article.created", "article added"),
            Map.entry("article.fetched", "page fetched and archived"),
            Map.entry("candidate.dismissed", "found statement dismissed"),
            Map.entry("claim.created", "claim recorded"),
            Map.entry("claim.same-as", "marked as the same claim"),
            Map.entry("claim.status", "claim moved"),
            Map.entry("claim.updated", "claim edited"),
            Map.entry("claimant.merged", "claimants merged"),
            Map.entry("claimant.updated", "claimant edited"),
            Map.entry("evidence.linked", "evidence linked"),
            Map.entry("evidence.unlinked", "evidence unlinked"),
            Map.entry("evidence.updated", "evidence edited"),
            Map.entry("external.imported", "others' fact-checks imported"),
            Map.entry("external.removed", "others' fact-check removed by its publisher"),
            Map.entry("external.updated", "others' fact-check updated by its publisher"),
            Map.entry("fetch.refused", "address refused (newsroom's own network)"),
            Map.entry("quote-check.cited", "quote check cited as evidence"),
            Map.entry("quote-check.stored", "quote checked against a primary source"),
            Map.entry("quote-speaker.confirmed", "speaker in a primary source confirmed as the claimant"),
            Map.entry("rating.created", "rating added to the scale"),
            Map.entry("rating.deleted", "rating deleted from the scale"),
            Map.entry("rating.updated", "rating edited"),
            Map.entry("source.archived", "copy archived"),
            Map.entry("source.created", "source added"),
            Map.entry("watch.created", "watching a feed or fact-checker"),
            Map.entry("watch.resumed", "watching again"),
            Map.entry("watch.stopped", "no longer watching"),
            Map.entry("source.updated", "source edited"),
            Map.entry("verdict.approved", "verdict approved"),
            Map.entry("verdict.changes-requested", "changes requested"),
            Map.entry("verdict.correction-published", "correction published"),
            Map.entry("verdict.correction-started", "correction started"),
            Map.entry("verdict.created", "verdict drafted"),
            Map.entry("verdict.published", "fact-check published"),
            Map.entry("verdict.retraction-started", "retraction started"),
            Map.entry("verdict.submitted", "verdict submitted for approval"),
            Map.entry("verdict.superseded", "revision superseded"),
            Map.entry("verdict.updated", "verdict edited"));

    /** Field names whose meaning depends on the record, e.g. a source's title against a claimant's. */
    private static final Map<String, String> FIELDS_BY_RECORD = Map.ofEntries(
            Map.entry("claimant.title", "title or role"),
            Map.entry("claimant.type", "kind of claimant"),
            Map.entry("source.type", "kind of source"),
            Map.entry("source.title", "title"),
            Map.entry("verdict.status", "stage of the verdict"),
            Map.entry("claim.status", "claim's status"),
            Map.entry("quote-check.label", "label of the quote check"),
            Map.entry("quote-check.passage", "passage in the primary source"),
            Map.entry("quote-check.suggestedLabel", "label ClaimDesk suggested"),
            Map.entry("quote-check.evidence", "evidence citing the check"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("accessedOn", "date accessed"),
            Map.entry("affiliation", "affiliation"),
            Map.entry("aliases", "other names"),
            Map.entry("archiveSha256", "archived copy"),
            Map.entry("assignee", "reviewer assigned"),
            Map.entry("claimReviewed", "claim reviewed"),
            Map.entry("claimant", "claimant"),
            Map.entry("colour", "colour"),
            Map.entry("conclusion", "conclusion"),
            Map.entry("correctionNote", "correction note"),
            Map.entry("description", "description"),
            Map.entry("dismissalReason", "reason for dismissal"),
            Map.entry("editorComment", "editor's comment"),
            Map.entry("evidence", "evidence cited"),
            Map.entry("excerpt", "excerpt"),
            Map.entry("explanation", "explanation"),
            Map.entry("kind", "kind of claim"),
            Map.entry("label", "name of the rating"),
            Map.entry("lastEditedBy", "last editor"),
            Map.entry("linked", "link to the claim"),
            Map.entry("location", "place in the source"),
            Map.entry("madeOn", "date made"),
            Map.entry("name", "name"),
            Map.entry("note", "note"),
            Map.entry("notes", "notes"),
            Map.entry("position", "place on the scale"),
            Map.entry("publishedOn", "publication date"),
            Map.entry("publisher", "publisher"),
            Map.entry("rating", "rating"),
            Map.entry("retired", "retirement"),
            Map.entry("revision", "revision"),
            Map.entry("rewriteNote", "rewrite before research"),
            Map.entry("roles", "roles"),
            Map.entry("source", "source"),
            Map.entry("sourceTitle", "source's title"),
            Map.entry("stance", "stance"),
            Map.entry("statement", "statement"),
            Map.entry("status", "status"),
            Map.entry("tags", "tags"),
            Map.entry("url", "address"),
            Map.entry("value", "value"),
            Map.entry("withdrawn", "withdrawal"));

    private HistoryWords() {
    }

    /** What happened, e.g. "verdict submitted for approval" for {@code verdict.submitted}. */
    public static String action(String action) {
        String words = ACTIONS.get(action);
        return words != null ? words : spaced(action.replace('.', ' ').replace('-', ' '));
    }

    /** A field of a record as the newsroom names it, e.g. "editor's comment" for a verdict's editorComment. */
    public static String field(String entityType, String field) {
        String words = FIELDS_BY_RECORD.get(entityType + "." + field);
        if (words == null) {
            words = FIELDS.get(field);
        }
        return words != null ? words : spaced(field);
    }

    /** "the rating and the editor's comment"; empty when nothing is named. */
    public static String changes(String entityType, List<String> fields) {
        List<String> named = fields.stream().map(field -> "the " + field(entityType, field)).toList();
        if (named.size() <= 1) {
            return named.isEmpty() ? "" : named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    /** {@code {entry.changes}} in a template. */
    @TemplateExtension
    static String changes(AuditEntry entry) {
        return changes(entry.entityType, entry.changedFields());
    }

    /** {@code {entry.what}} in a template. */
    @TemplateExtension
    static String what(AuditEntry entry) {
        return action(entry.action);
    }

    /** A name nobody mapped yet still reads as words: "someField" becomes "some field". */
    private static String spaced(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
