package com.claimdesk.sources;

import org.jboss.resteasy.reactive.RestForm;

import com.claimdesk.web.Inputs;

/**
 * Evidence as typed on the claim page or sent to the API: an existing source by id, or a source described
 * by its address (reused when already on record) with every field a source has, and the stance, excerpt and
 * note.
 */
public record EvidenceInput(
        @RestForm String sourceId,
        @RestForm("source.url") String sourceUrl,
        @RestForm("source.title") String sourceTitle,
        @RestForm("source.publisher") String sourcePublisher,
        @RestForm("source.type") String sourceType,
        @RestForm("source.publishedAt") String sourcePublishedAt,
        @RestForm("source.accessedAt") String sourceAccessedAt,
        @RestForm("source.notes") String sourceNotes,
        @RestForm("source.archiveText") String sourceArchiveText,
        @RestForm String stance,
        @RestForm String excerpt,
        @RestForm String location,
        @RestForm String note) {

    public EvidenceInput {
        sourceId = Inputs.orEmpty(sourceId);
        sourceUrl = Inputs.orEmpty(sourceUrl);
        sourceTitle = Inputs.orEmpty(sourceTitle);
        sourcePublisher = Inputs.orEmpty(sourcePublisher);
        sourceType = Inputs.orEmpty(sourceType);
        sourcePublishedAt = Inputs.orEmpty(sourcePublishedAt);
        sourceAccessedAt = Inputs.orEmpty(sourceAccessedAt);
        sourceNotes = Inputs.orEmpty(sourceNotes);
        sourceArchiveText = Inputs.orEmpty(sourceArchiveText);
        stance = Inputs.orEmpty(stance);
        excerpt = Inputs.orEmpty(excerpt);
        location = Inputs.orEmpty(location);
        note = Inputs.orEmpty(note);
    }

    public static EvidenceInput empty() {
        return new EvidenceInput(null, null, null, null, SourceType.NEWS_REPORT.name(), null, null, null, null, null, null, null,
                null);
    }

    public static EvidenceInput of(Evidence evidence) {
        return new EvidenceInput(String.valueOf(evidence.source.id), evidence.source.url, evidence.source.title,
                evidence.source.publisher, evidence.source.type.name(), null, null, null, null, evidence.stance.name(),
                evidence.excerpt, evidence.location, evidence.note);
    }

    SourceInput source() {
        return new SourceInput(sourceUrl, sourceTitle, sourcePublisher, sourceType, sourcePublishedAt,
                sourceAccessedAt, sourceNotes, sourceArchiveText, null);
    }
}
