package com.claimdesk.sources;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.audit.AuditLog;
import com.claimdesk.claims.Claim;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/** Links sources to claims, edits and unlinks them; nothing is written unless every field is right. */
@ApplicationScoped
public class EvidenceRecords {

    public static final int MAX_EXCERPT = 5000;
    public static final int MAX_LOCATION = 200;
    public static final int MAX_NOTE = 4000;

    /** The link made, whether its source was already on record, or the messages. */
    public record Outcome(Evidence evidence, boolean sourceReused, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }
    }

    @Inject
    SourceRecords sources;

    @Inject
    AuditLog audit;

    /** Links a source to {@code claim}; must run in a transaction. */
    public Outcome link(Claim claim, EvidenceInput input, String username) {
        FormErrors errors = FormErrors.none();
        SourceRecords.Prepared source = chooseSource(input, errors);
        Evidence evidence = new Evidence();
        checkDetails(evidence, input, errors);
        if (errors.any()) {
            return new Outcome(null, false, errors);
        }
        evidence.claim = claim;
        evidence.source = sources.store(source, username);
        evidence.createdBy = username;
        evidence.createdAt = Instant.now();
        evidence.updatedAt = evidence.createdAt;
        evidence.persist();
        audit.record(username, "evidence.linked", "evidence", evidence.id, claim.id,
                evidence.stance.label + ": " + evidence.source.title, null, evidence.auditState());
        return new Outcome(evidence, source.existing(), errors);
    }

    /** Changes the stance, excerpt, location and note; the caller checked the version. */
    public FormErrors update(Evidence evidence, EvidenceInput input, String username) {
        FormErrors errors = FormErrors.none();
        Evidence checked = new Evidence();
        checkDetails(checked, input, errors);
        if (!errors.any()) {
            var before = evidence.auditState();
            evidence.stance = checked.stance;
            evidence.excerpt = checked.excerpt;
            evidence.location = checked.location;
            evidence.note = checked.note;
            evidence.updatedAt = Instant.now();
            audit.record(username, "evidence.updated", "evidence", evidence.id, evidence.claim.id,
                    "Evidence edited: " + evidence.source.title, before, evidence.auditState());
        }
        return errors;
    }

    /** Unlinks without erasing: the link stays on record with who removed it and when. */
    public void unlink(Evidence evidence, String username) {
        var before = evidence.auditState();
        evidence.removedAt = Instant.now();
        evidence.removedBy = username;
        evidence.updatedAt = evidence.removedAt;
        audit.record(username, "evidence.unlinked", "evidence", evidence.id, evidence.claim.id,
                "Unlinked: " + evidence.source.title, before, evidence.auditState());
    }

    private SourceRecords.Prepared chooseSource(EvidenceInput input, FormErrors errors) {
        String id = Inputs.clean(input.sourceId());
        if (id != null) {
            Long sourceId = Inputs.number(id, "sourceId", errors);
            Source source = sourceId == null ? null : Source.findById(sourceId);
            if (source == null && sourceId != null) {
                errors.add("sourceId", "There is no source with id " + sourceId + ".");
            }
            return new SourceRecords.Prepared(source, true, null);
        }
        if (Inputs.clean(input.sourceUrl()) == null) {
            errors.add("source.url", "Give the source's web address, or choose a source already on record.");
            return null;
        }
        return sources.prepare(input.source(), "source.", errors);
    }

    private static void checkDetails(Evidence evidence, EvidenceInput input, FormErrors errors) {
        evidence.stance = Inputs.choice(Stance.class, input.stance(), "stance",
                "Say whether the source supports, contradicts or gives context.", errors);
        evidence.excerpt = Inputs.optional(input.excerpt(), "excerpt", MAX_EXCERPT, errors);
        evidence.location = Inputs.optional(input.location(), "location", MAX_LOCATION, errors);
        evidence.note = Inputs.optional(input.note(), "note", MAX_NOTE, errors);
    }
}
