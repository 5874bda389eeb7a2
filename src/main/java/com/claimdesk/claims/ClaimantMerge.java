package com.claimdesk.claims;

/**
 * Makes two claimant records one: the claims of the one that goes move to the one that stays, which keeps the
 * other's name and aliases as its own aliases, so "Stoltenberg" still finds Jens Stoltenberg.
 */
public final class ClaimantMerge {

    private ClaimantMerge() {
    }

    /** Merges {@code gone} into {@code kept}; must run in a transaction. Returns how many claims moved. */
    public static int merge(Claimant gone, Claimant kept) {
        if (gone.id.equals(kept.id)) {
            throw new IllegalArgumentException("A claimant cannot be merged into itself");
        }
        int moved = Claim.update("claimant = ?1 where claimant = ?2", kept, gone);
        if (!gone.name.equalsIgnoreCase(kept.name)) {
            kept.aliases.add(gone.name);
        }
        gone.aliases.stream().filter(alias -> !alias.equalsIgnoreCase(kept.name)).forEach(kept.aliases::add);
        if (kept.title == null) {
            kept.title = gone.title;
        }
        if (kept.affiliation == null) {
            kept.affiliation = gone.affiliation;
        }
        gone.delete();
        return moved;
    }
}
