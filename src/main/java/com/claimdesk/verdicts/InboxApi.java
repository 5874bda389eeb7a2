package com.claimdesk.verdicts;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimStatus;

/**
 * The inbox for integrators: what needs the account signing in, as on the inbox page. {@code count} is exact up
 * to 99 (more says "more than 99"); each list holds at most {@link Inbox#SHOWN} items, as on the page.
 */
@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxApi {

    public record InboxView(long count, List<VerdictItem> changesRequested, List<VerdictItem> awaitingApproval,
            List<VerdictItem> corrections, List<ClaimItem> assignedClaims) {

        static InboxView of(Inbox.Contents inbox) {
            return new InboxView(inbox.count(), VerdictItem.of(inbox.changesRequested().shown()),
                    VerdictItem.of(inbox.awaitingApproval().shown()), VerdictItem.of(inbox.corrections().shown()),
                    inbox.assignedClaims().shown().stream().map(ClaimItem::of).toList());
        }
    }

    public record VerdictItem(long id, long claimId, String claimReviewed, int revision, VerdictStatus status,
            String conclusion, String author, String editorComment, Instant submittedAt) {

        static List<VerdictItem> of(List<Verdict> verdicts) {
            return verdicts.stream().map(v -> new VerdictItem(v.id, v.claim.id, v.claim.claimReviewed, v.revision,
                    v.status, v.conclusion, v.author, v.editorComment, v.submittedAt)).toList();
        }
    }

    public record ClaimItem(long id, String claimReviewed, String claimant, ClaimStatus status) {

        static ClaimItem of(Claim claim) {
            return new ClaimItem(claim.id, claim.claimReviewed, claim.claimant.name, claim.status);
        }
    }

    @Inject
    Inbox inbox;

    @GET
    @RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME})
    public InboxView get() {
        return InboxView.of(inbox.contents());
    }
}
