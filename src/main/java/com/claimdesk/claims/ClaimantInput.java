package com.claimdesk.claims;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/** The claimant form. Aliases come one per line or separated by commas. */
public record ClaimantInput(
        @RestForm String name,
        @RestForm String type,
        @RestForm String title,
        @RestForm String affiliation,
        @RestForm String aliases) {

    public ClaimantInput {
        name = Inputs.orEmpty(name);
        type = Inputs.orEmpty(type);
        title = Inputs.orEmpty(title);
        affiliation = Inputs.orEmpty(affiliation);
        aliases = Inputs.orEmpty(aliases);
    }

    public static ClaimantInput of(Claimant claimant) {
        return new ClaimantInput(claimant.name, claimant.type.name(), claimant.title, claimant.affiliation,
                String.join("\n", claimant.aliases));
    }

    /** Writes the checked values into {@code claimant}, or nothing when a field is wrong. */
    public boolean applyTo(Claimant claimant, FormErrors errors) {
        String checkedName = Inputs.required(name, "name", "Give the claimant's name.", 200, errors);
        ClaimantType checkedType = Inputs.choice(ClaimantType.class, type, "type", "Choose person or organisation.",
                errors);
        String checkedTitle = Inputs.optional(title, "title", 200, errors);
        String checkedAffiliation = Inputs.optional(affiliation, "affiliation", 200, errors);
        Set<String> checkedAliases = new LinkedHashSet<>();
        for (String alias : aliases.split("[,\\n]")) {
            String cleaned = Inputs.clean(alias);
            if (cleaned == null || cleaned.equalsIgnoreCase(checkedName)) {
                continue;
            }
            if (cleaned.length() > 200) {
                errors.add("aliases", "Each alias: at most 200 characters.");
            }
            checkedAliases.add(cleaned);
        }
        if (checkedAliases.size() > 50) {
            errors.add("aliases", "Use at most 50 aliases.");
        }
        if (errors.any()) {
            return false;
        }
        claimant.name = checkedName;
        claimant.type = checkedType;
        claimant.title = checkedTitle;
        claimant.affiliation = checkedAffiliation;
        claimant.aliases.clear();
        claimant.aliases.addAll(checkedAliases);
        return true;
    }
}
