package com.claimdesk.verdicts;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.claimdesk.accounts.Role;

/**
 * Who may do what to a verdict, and when. Plain rules, no database: the four-eyes rule lives here.
 *
 * <pre>
 * draft ──submit──▶ submitted ──approve──▶ approved ──publish──▶ published ──correct──▶ (new draft revision)
 *   ▲                  │                      │
 *   └─request changes──┴──────────────────────┘
 * </pre>
 */
public final class ReviewWorkflow {

    /** What someone wants to do to a verdict. */
    public enum Action {
        EDIT("edit"), SUBMIT("submit"), REQUEST_CHANGES("request changes to"), APPROVE("approve"),
        PUBLISH("publish"), CORRECT("correct");

        public final String verb;

        Action(String verb) {
            this.verb = verb;
        }
    }

    /** The person acting. */
    public record Actor(String username, Set<Role> roles) {
        boolean is(Role role) {
            return roles.contains(role);
        }
    }

    private ReviewWorkflow() {
    }

    /**
     * Why {@code actor} may not do {@code action} to a verdict in {@code status}; empty when they may.
     * {@code authors} is everyone who wrote or changed the revision's text: for the four-eyes rule each of them
     * is its author, however many saves came after theirs.
     */
    public static Optional<String> refusal(Action action, VerdictStatus status, Collection<String> authors,
            Actor actor) {
        boolean reviewer = actor.is(Role.CHECKER) || actor.is(Role.EDITOR);
        boolean editor = actor.is(Role.EDITOR);
        boolean ownWork = authors.contains(actor.username());
        return switch (action) {
            case EDIT, SUBMIT -> !reviewer ? Optional.of("Only fact-checkers and editors " + action.verb + " verdicts.")
                    : status != VerdictStatus.DRAFT
                            ? Optional.of("Only a draft can be " + (action == Action.EDIT ? "edited" : "submitted")
                                    + "; this verdict is " + status.label.toLowerCase(Locale.ROOT) + ".")
                    : Optional.empty();
            case REQUEST_CHANGES, APPROVE, PUBLISH -> {
                if (!editor) {
                    yield Optional.of("Only an editor may " + action.verb + " a verdict.");
                }
                if (ownWork) {
                    yield Optional.of("You wrote or edited this verdict: another editor must "
                            + action.verb + " it.");
                }
                VerdictStatus needed = action == Action.PUBLISH ? VerdictStatus.APPROVED : VerdictStatus.SUBMITTED;
                boolean allowed = status == needed
                        || action == Action.REQUEST_CHANGES && status == VerdictStatus.APPROVED;
                yield allowed ? Optional.empty()
                        : Optional.of("A verdict that is " + status.label.toLowerCase(Locale.ROOT) + " cannot be "
                                + pastTense(action) + ".");
            }
            case CORRECT -> !reviewer ? Optional.of("Only fact-checkers and editors correct verdicts.")
                    : status != VerdictStatus.PUBLISHED
                            ? Optional.of("Only the published verdict can be corrected; this one is "
                                    + status.label.toLowerCase(Locale.ROOT) + ".")
                    : Optional.empty();
        };
    }

    private static String pastTense(Action action) {
        return switch (action) {
            case REQUEST_CHANGES -> "sent back";
            case APPROVE -> "approved";
            case PUBLISH -> "published";
            default -> action.verb + "ed";
        };
    }
}
