package com.claimdesk.verdicts;

import java.util.Locale;

import org.jboss.resteasy.reactive.RestForm;

import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/** A rating scale entry as typed by an administrator. */
public record RatingInput(
        @RestForm String label,
        @RestForm String value,
        @RestForm String description,
        @RestForm String colour,
        @RestForm String position) {

    public RatingInput {
        label = Inputs.orEmpty(label);
        value = Inputs.orEmpty(value);
        description = Inputs.orEmpty(description);
        colour = Inputs.orEmpty(colour);
        position = Inputs.orEmpty(position);
    }

    public static RatingInput empty() {
        return new RatingInput(null, null, null, "#607d8b", null);
    }

    public static RatingInput of(Rating rating) {
        return new RatingInput(rating.label, rating.value == null ? null : rating.value.toString(), rating.description,
                rating.colour, String.valueOf(rating.position));
    }

    /** Writes the checked values into {@code rating}, or nothing when a field is wrong. */
    public boolean applyTo(Rating rating, FormErrors errors) {
        String checkedLabel = Inputs.required(label, "label", "Give the rating as readers will see it.", 60, errors);
        Long number = Inputs.number(value, "value", errors);
        if (number != null && (number < 0 || number > 100)) {
            errors.add("value", "Use a number from 0 to 100, or leave it empty.");
        }
        String checkedDescription = Inputs.required(description, "description",
                "Explain to readers what this rating means.", 1000, errors);
        String checkedColour = Inputs.clean(colour);
        if (checkedColour == null || !checkedColour.matches("#[0-9a-fA-F]{6}")) {
            errors.add("colour", "Give a colour as #rrggbb.");
        }
        Long order = Inputs.number(position, "position", errors);
        if (errors.any()) {
            return false;
        }
        rating.label = checkedLabel;
        rating.value = number == null ? null : number.intValue();
        rating.description = checkedDescription;
        rating.colour = checkedColour.toLowerCase(Locale.ROOT);
        rating.position = order == null ? (int) Rating.count() + 1 : order.intValue();
        return true;
    }
}
