package com.claimdesk.quotes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.audit.AuditLog;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimKind;
import com.claimdesk.sources.ArchiveText;
import com.claimdesk.sources.EvidenceInput;
import com.claimdesk.sources.EvidenceRecords;
import com.claimdesk.sources.Source;
import com.claimdesk.sources.SourceArchive;
import com.claimdesk.sources.Stance;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/**
 * The steps of a quote check: read the primary source, align the claim's quote with it (once, when the reviewer
 * asks), store what the reviewer confirms with the same quote's variants on record, and cite it as evidence.
 * Every method that writes must run in a transaction.
 */
@ApplicationScoped
public class QuoteChecks {

    public static final int MAX_QUOTE = 5000;

    @Inject
    AuditLog audit;

    @Inject
    EvidenceRecords evidence;

    @Inject
    QuoteVariants variants;

    /** The outcome of storing a check: the check, or the messages by field. */
    public record Outcome(QuoteCheck check, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }
    }

    /** A source's text as read for a check, with the hash of the archived copy it came from. */
    public record SourceText(String text, String sha256) {
    }

    /** The archived copy of {@code source} as text, or null when it has none that reads as text. */
    public static SourceText textOf(Source source) {
        if (!source.archived()) {
            return null;
        }
        SourceArchive archive = SourceArchive.findById(source.id);
        String text = archive == null ? null : ArchiveText.whole(archive.content, source.archiveMediaType);
        return text == null || text.isBlank() ? null : new SourceText(text, source.archiveSha256);
    }

    /** The quote a claim is checked with when none is typed: its statement as it appeared. */
    public static String quoteOf(Claim claim) {
        return claim.statement;
    }

    /** Whether the claim reports speech in other words, so a match in other words is a paraphrase. */
    public static boolean indirect(Claim claim) {
        return claim.kind == ClaimKind.PARAPHRASE;
    }

    /**
     * Aligns {@code quote} with the source's text. The claimant is the claimed speaker, unless a reviewer said
     * once for this source that the passage's speaker label is the claimant.
     */
    public static CheckResult check(Claim claim, Source source, SourceText text, String quote) {
        Transcript transcript = Transcript.read(text.text());
        boolean indirect = indirect(claim);
        QuoteAligner.Match match = QuoteAligner.align(transcript, quote, claim.claimant.name, indirect);
        QuoteCheck.SpeakerVerdict speaker;
        if (!match.found() || match.speakerInSource() == null) {
            speaker = QuoteCheck.SpeakerVerdict.UNKNOWN;
        } else if (QuoteSpeaker.confirmed(source.id, match.speakerInSource(), claim.claimant.id)) {
            speaker = QuoteCheck.SpeakerVerdict.CONFIRMED;
            if (match.label().equals("misattributed")) {
                match = QuoteAligner.align(transcript, quote, null, indirect);
            }
        } else {
            speaker = switch (SpeakerMatch.compare(match.speakerInSource(), claim.claimant.name)) {
                case SAME -> QuoteCheck.SpeakerVerdict.SAME;
                case OTHER -> QuoteCheck.SpeakerVerdict.OTHER;
                case UNKNOWN -> QuoteCheck.SpeakerVerdict.UNKNOWN;
            };
        }
        return CheckResult.of(source, text, transcript, quote, match, speaker);
    }

    /**
     * Checks and stores: the alignment is made again here from the archived copy, so what is stored is what the
     * source says, whatever a form sent. {@code labelKey} overrides the suggestion ("altered"); null keeps it.
     */
    public Outcome store(Claim claim, Long sourceId, String quoteTyped, String labelKey, String noteTyped,
            String username) {
        FormErrors errors = FormErrors.none();
        Source source = sourceId == null ? null : Source.findById(sourceId);
        if (source == null) {
            errors.add("sourceId", sourceId == null ? "Choose the primary source to check against."
                    : "There is no source " + sourceId + ".");
        }
        SourceText text = source == null ? null : textOf(source);
        if (source != null && text == null) {
            errors.add("sourceId", "This source has no archived copy that reads as text: add its transcript first.");
        }
        String quote = Inputs.clean(quoteTyped) == null ? quoteOf(claim)
                : Inputs.optional(quoteTyped, "quote", MAX_QUOTE, errors);
        QuoteLabel chosen = null;
        if (Inputs.clean(labelKey) != null) {
            chosen = Inputs.choice(QuoteLabel.class, labelKey, "label",
                    "Choose verbatim, altered, spliced, misattributed, not_found or paraphrase.", errors);
        }
        String note = Inputs.optional(noteTyped, "note", QuoteCheck.MAX_NOTE, errors);
        if (errors.any()) {
            return new Outcome(null, errors);
        }
        CheckResult result = check(claim, source, text, quote);
        QuoteCheck check = result.toCheck(claim, chosen, note, username);
        check.persist();
        audit.record(username, "quote-check.stored", "quote-check", check.id, claim.id,
                "Quote checked against " + source.title + ": " + check.label.label
                        + (check.overridden() ? " (suggested " + check.suggestedLabel.label.toLowerCase() + ")" : ""),
                null, check.auditState());
        if (check.found) {
            variants.find(check, result.transcript());
        }
        return new Outcome(check, errors);
    }

    /** Cites a stored check as evidence with {@code stanceTyped}, or the stance its label suggests. */
    public FormErrors cite(QuoteCheck check, String stanceTyped, String username) {
        FormErrors errors = FormErrors.none();
        if (check.cited()) {
            return errors.add("stance", "This check is already cited as evidence.");
        }
        Stance stance = Inputs.clean(stanceTyped) == null ? check.label.stance()
                : Inputs.choice(Stance.class, stanceTyped, "stance",
                        "Say whether the check supports, contradicts or gives context.", errors);
        if (errors.any()) {
            return errors;
        }
        String excerpt = check.found ? check.passage : null;
        if (excerpt != null && excerpt.length() > EvidenceRecords.MAX_EXCERPT) {
            excerpt = excerpt.substring(0, EvidenceRecords.MAX_EXCERPT - 1) + "…";
        }
        String note = "Quote check: " + check.label.label.toLowerCase() + " (" + check.label.meaning + ")."
                + (check.note == null ? "" : " " + check.note);
        if (note.length() > EvidenceRecords.MAX_NOTE) {
            note = note.substring(0, EvidenceRecords.MAX_NOTE - 1) + "…";
        }
        EvidenceRecords.Outcome linked = evidence.link(check.claim, new EvidenceInput(String.valueOf(check.source.id),
                null, null, null, null, null, null, null, null, stance.name(), excerpt, location(check), note),
                username);
        if (!linked.ok()) {
            return linked.errors();
        }
        var before = check.auditState();
        check.evidenceId = linked.evidence().id;
        audit.record(username, "quote-check.cited", "quote-check", check.id, check.claim.id,
                "Quote check cited as evidence (" + stance.label.toLowerCase() + "): " + check.source.title, before,
                check.auditState());
        return errors;
    }

    /** Records once for a source that its speaker label names the claim's claimant. */
    public FormErrors samePerson(Claim claim, Long sourceId, String labelTyped, String username) {
        FormErrors errors = FormErrors.none();
        Source source = sourceId == null ? null : Source.findById(sourceId);
        if (source == null) {
            errors.add("sourceId", "Choose the primary source to check against.");
        }
        String label = Inputs.required(labelTyped, "speaker", "Say which speaker label is the claimant.",
                QuoteSpeaker.MAX_LABEL, errors);
        if (errors.any() || QuoteSpeaker.confirmed(source.id, label, claim.claimant.id)) {
            return errors;
        }
        QuoteSpeaker same = new QuoteSpeaker();
        same.sourceId = source.id;
        same.speakerLabel = label;
        same.claimantId = claim.claimant.id;
        same.confirmedBy = username;
        same.confirmedAt = Instant.now();
        same.persist();
        audit.record(username, "quote-speaker.confirmed", "quote-speaker", same.id, claim.id,
                "“" + label + "” in " + source.title + " is " + claim.claimant.name, null,
                java.util.Map.of("speaker", label, "claimant", claim.claimant.name, "source", source.id));
        return errors;
    }

    /** Where in the source: the time in the captions, or the characters of the passage. */
    static String location(QuoteCheck check) {
        if (!check.found) {
            return null;
        }
        List<String> where = new ArrayList<>();
        if (check.timeStart != null) {
            where.add("at " + CheckResult.clock(check.timeStart));
        }
        where.add("characters " + check.start + "–" + check.end);
        if (check.speakerInSource != null) {
            where.add("said by " + check.speakerInSource);
        }
        String location = String.join(", ", where);
        return location.length() > EvidenceRecords.MAX_LOCATION ? location.substring(0, EvidenceRecords.MAX_LOCATION)
                : location;
    }
}
