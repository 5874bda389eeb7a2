package com.claimdesk.fetch;

/** Why a page was not fetched, in words the person who gave the address can act on. */
public class FetchRefused extends Exception {

    /** The kind of refusal, for callers that count or retry (a feed backs off after {@code UNREACHABLE}). */
    public enum Reason {
        /** Not a web address, or not http/https. */
        BAD_ADDRESS,
        /** The address is, or leads to, the newsroom's own network. */
        PRIVATE_NETWORK,
        TOO_BIG,
        TOO_SLOW,
        /** The site answered with an error status (or one ClaimDesk cannot use). */
        HTTP_STATUS,
        TOO_MANY_REDIRECTS,
        /** No answer: unknown site name, connection refused, broken connection. */
        UNREACHABLE
    }

    private final Reason reason;

    public FetchRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
