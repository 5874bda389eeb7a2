package com.claimdesk.claims;

/** Fired in the transaction that records a new claim, with the appearance it was recorded from. */
public record ClaimRecorded(Claim claim, Appearance appearance) {
}
