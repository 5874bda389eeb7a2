package com.claimdesk.claims;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Account;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

/** The claims list's query string as typed, kept as text so a bad value is reported, not a 404. */
public record ClaimListQuery(
        @RestQuery String status,
        @RestQuery String claimant,
        @RestQuery String assignee,
        @RestQuery String tag,
        @RestQuery String kind,
        @RestQuery String from,
        @RestQuery String to,
        @RestQuery String q,
        @RestQuery String order,
        @RestQuery String after) {

    public ClaimFilter toFilter(FormErrors errors) {
        ClaimStatus chosenStatus = Inputs.clean(status) == null ? null
                : Inputs.choice(ClaimStatus.class, status, "status", "Choose a status from the list.", errors);
        Long claimantId = claimantId(errors);
        Long assigneeId = null;
        String assigneeName = Inputs.clean(assignee);
        if (assigneeName != null) {
            assigneeId = Account.findByUsername(assigneeName).map(a -> a.id).orElse(null);
            if (assigneeId == null) {
                errors.add("assignee", "There is no account called " + assigneeName + ".");
            }
        }
        ClaimKind chosenKind = Inputs.clean(kind) == null ? null
                : Inputs.choice(ClaimKind.class, kind, "kind", "Choose a kind from the list.", errors);
        LocalDate madeFrom = Inputs.date(from, "from", errors);
        LocalDate madeTo = Inputs.date(to, "to", errors);
        if (madeFrom != null && madeTo != null && madeTo.isBefore(madeFrom)) {
            errors.add("to", "The end date is before the start date.");
        }
        ClaimFilter.Order chosenOrder = Inputs.clean(order) == null ? ClaimFilter.Order.NEWEST
                : Inputs.choice(ClaimFilter.Order.class, order, "order", "Choose an order from the list.", errors);
        Long cursor = Inputs.number(after, "after", errors);
        String text = Inputs.optional(q, "q", 500, errors);
        String tagText = Inputs.optional(tag, "tag", ClaimRecords.MAX_TAG, errors);
        return new ClaimFilter(chosenStatus, claimantId, assigneeId, tagText, chosenKind, madeFrom, madeTo, text,
                chosenOrder, cursor);
    }

    /** A claimant by id, or by a name or alias. */
    private Long claimantId(FormErrors errors) {
        String value = Inputs.clean(claimant);
        if (value == null) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return Inputs.number(value, "claimant", errors);
        }
        var found = Claimant.findByNameOrAlias(value);
        if (found.isEmpty()) {
            errors.add("claimant", "No claimant is called " + value + ".");
            return null;
        }
        return found.get().id;
    }

    /** The same query on another status, from its first page. */
    public String withStatus(ClaimStatus other) {
        return new ClaimListQuery(other.name(), claimant, assignee, tag, kind, from, to, q, order, null)
                .withAfter(null);
    }

    /** The same query with another cursor, for the "next page" link. */
    public String withAfter(Long next) {
        StringBuilder query = new StringBuilder();
        append(query, "status", status);
        append(query, "claimant", claimant);
        append(query, "assignee", assignee);
        append(query, "tag", tag);
        append(query, "kind", kind);
        append(query, "from", from);
        append(query, "to", to);
        append(query, "q", q);
        append(query, "order", order);
        append(query, "after", next == null ? null : next.toString());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (Inputs.clean(value) != null) {
            query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
