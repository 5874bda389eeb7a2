package com.claimdesk.verdicts;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import com.claimdesk.web.Inputs;

/** A verdict as typed on its form or sent to the API. {@code evidence} holds ids of the claim's evidence. */
public record VerdictInput(
        @RestForm String rating,
        @RestForm String conclusion,
        @RestForm String explanation,
        @RestForm List<String> evidence,
        @RestForm String correctionNote,
        @RestForm String withdrawn) {

    public VerdictInput {
        rating = Inputs.orEmpty(rating);
        conclusion = Inputs.orEmpty(conclusion);
        explanation = Inputs.orEmpty(explanation);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        correctionNote = Inputs.orEmpty(correctionNote);
        withdrawn = Inputs.orEmpty(withdrawn);
    }

    public static VerdictInput empty() {
        return new VerdictInput(null, null, null, null, null, null);
    }

    public static VerdictInput of(Verdict verdict) {
        return new VerdictInput(verdict.rating == null ? null : String.valueOf(verdict.rating.id), verdict.conclusion,
                verdict.explanation, verdict.evidence.stream().map(e -> String.valueOf(e.id)).toList(),
                verdict.correctionNote, verdict.withdrawn ? "true" : null);
    }

    public boolean withdraws() {
        return "true".equalsIgnoreCase(withdrawn) || "on".equalsIgnoreCase(withdrawn);
    }

    public boolean cites(long evidenceId) {
        return evidence.contains(String.valueOf(evidenceId));
    }
}
