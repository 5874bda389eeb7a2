package com.claimdesk.claims;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.TemplateExtension;

/**
 * Where a claim stands. Reviewers move it between the states that need no verdict; "in review" and
 * "published" are reached only through the verdict workflow.
 */
public enum ClaimStatus {
    NEW("New"),
    RESEARCHING("Researching"),
    IN_REVIEW("In review"),
    PUBLISHED("Published"),
    DISMISSED("Dismissed");

    public final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    private static final Map<ClaimStatus, Set<ClaimStatus>> BY_HAND = Map.of(
            NEW, Set.of(RESEARCHING, DISMISSED),
            RESEARCHING, Set.of(NEW, DISMISSED),
            DISMISSED, Set.of(NEW),
            IN_REVIEW, Set.of(),
            PUBLISHED, Set.of());

    /** Whether a reviewer may move a claim from this state to {@code next} without a verdict. */
    public boolean canMoveByHandTo(ClaimStatus next) {
        return BY_HAND.get(this).contains(next);
    }

    /** The moves offered on the claim page, in a stable order. */
    public List<ClaimStatus> movesByHand() {
        return List.of(values()).stream().filter(this::canMoveByHandTo).toList();
    }

    /** The button text for moving into this state. */
    public String action() {
        return switch (this) {
            case NEW -> "Back to new";
            case RESEARCHING -> "Start research";
            case DISMISSED -> "Dismiss";
            default -> label;
        };
    }

    @TemplateExtension(namespace = "claimStatuses")
    public static List<ClaimStatus> all() {
        return List.of(values());
    }

    /** Counts per status from rows of (status name, count), every status present: those with no row count 0. */
    public static Map<ClaimStatus, Long> counted(List<?> rows) {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : values()) {
            counts.put(status, 0L);
        }
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            counts.put(valueOf((String) cells[0]), ((Number) cells[1]).longValue());
        }
        return counts;
    }
}
