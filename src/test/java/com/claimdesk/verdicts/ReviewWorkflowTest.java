package com.claimdesk.verdicts;

import static com.claimdesk.verdicts.ReviewWorkflow.Action.PUBLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.claimdesk.accounts.Role;
import com.claimdesk.verdicts.ReviewWorkflow.Action;
import com.claimdesk.verdicts.ReviewWorkflow.Actor;

/** Every step of the workflow, for every role, in every state: allowed or refused, and why. */
class ReviewWorkflowTest {

    private static final String AUTHOR = "ann";

    @ParameterizedTest(name = "{0} by {1} on {2}: {3}")
    @CsvSource({
            // action, actor (name:roles), status, expected ("ok" or words of the refusal)
            "EDIT, bob:checker, DRAFT, ok",
            "EDIT, eve:editor, DRAFT, ok",
            "EDIT, adm:admin, DRAFT, Only fact-checkers and editors",
            "EDIT, bob:checker, SUBMITTED, Only a draft can be edited",
            "EDIT, bob:checker, PUBLISHED, Only a draft can be edited",
            "SUBMIT, ann:checker, DRAFT, ok",
            "SUBMIT, ann:checker, APPROVED, Only a draft can be submitted",
            "SUBMIT, adm:admin, DRAFT, Only fact-checkers and editors",
            "APPROVE, eve:editor, SUBMITTED, ok",
            "APPROVE, bob:checker, SUBMITTED, Only an editor",
            "APPROVE, adm:admin, SUBMITTED, Only an editor",
            "APPROVE, eve:editor, DRAFT, cannot be approved",
            "APPROVE, eve:editor, APPROVED, cannot be approved",
            "APPROVE, ann:editor, SUBMITTED, You wrote or edited",
            "APPROVE, lee:editor, SUBMITTED, You wrote or edited",
            "REQUEST_CHANGES, eve:editor, SUBMITTED, ok",
            "REQUEST_CHANGES, eve:editor, APPROVED, ok",
            "REQUEST_CHANGES, eve:editor, DRAFT, cannot be sent back",
            "REQUEST_CHANGES, eve:editor, PUBLISHED, cannot be sent back",
            "REQUEST_CHANGES, bob:checker, SUBMITTED, Only an editor",
            "REQUEST_CHANGES, ann:editor, SUBMITTED, You wrote or edited",
            "PUBLISH, eve:editor, APPROVED, ok",
            "PUBLISH, eve:editor, SUBMITTED, cannot be published",
            "PUBLISH, eve:editor, PUBLISHED, cannot be published",
            "PUBLISH, bob:checker, APPROVED, Only an editor",
            "PUBLISH, ann:editor, APPROVED, You wrote or edited",
            "PUBLISH, lee:editor, APPROVED, You wrote or edited",
            "PUBLISH, eve:checker editor admin, APPROVED, ok",
            "CORRECT, bob:checker, PUBLISHED, ok",
            "CORRECT, eve:editor, PUBLISHED, ok",
            "CORRECT, adm:admin, PUBLISHED, Only fact-checkers and editors",
            "CORRECT, bob:checker, APPROVED, Only the published verdict",
            "CORRECT, bob:checker, SUPERSEDED, Only the published verdict",
    })
    void decides(Action action, String actor, VerdictStatus status, String expected) {
        String[] parts = actor.split(":");
        Set<Role> roles = Role.parse(parts[1].replace(' ', ','));
        // "lee" edited the verdict that "ann" wrote.
        var refusal = ReviewWorkflow.refusal(action, status, List.of(AUTHOR, "lee"), new Actor(parts[0], roles));
        if (expected.equals("ok")) {
            assertTrue(refusal.isEmpty(), () -> "refused: " + refusal.get());
        } else {
            assertTrue(refusal.isPresent(), "should be refused");
            assertTrue(refusal.get().contains(expected), refusal.get());
        }
    }

    @ParameterizedTest
    @CsvSource({"EDIT", "SUBMIT", "REQUEST_CHANGES", "APPROVE", "PUBLISH", "CORRECT"})
    void nobodyWithoutARoleDoesAnything(Action action) {
        for (VerdictStatus status : VerdictStatus.values()) {
            assertTrue(ReviewWorkflow.refusal(action, status, List.of(AUTHOR), new Actor("nobody", Set.of()))
                    .isPresent(), action + " on " + status);
        }
    }

    @ParameterizedTest
    @CsvSource({"APPROVE", "PUBLISH", "REQUEST_CHANGES"})
    void theFourEyesRuleHoldsEvenForAnAdministratorEditor(Action action) {
        VerdictStatus status = action == PUBLISH ? VerdictStatus.APPROVED : VerdictStatus.SUBMITTED;
        Actor both = new Actor(AUTHOR, Set.of(Role.EDITOR, Role.ADMIN, Role.CHECKER));
        assertEquals("You wrote or edited this verdict: another editor must " + action.verb + " it.",
                ReviewWorkflow.refusal(action, status, List.of(AUTHOR), both).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"EDIT", "SUBMIT", "REQUEST_CHANGES", "APPROVE", "PUBLISH", "CORRECT"})
    void aSupersededRevisionIsNeverChangedAgain(Action action) {
        Actor editor = new Actor("eve", Set.of(Role.EDITOR, Role.CHECKER));
        assertTrue(ReviewWorkflow.refusal(action, VerdictStatus.SUPERSEDED, List.of(AUTHOR), editor).isPresent());
    }

    /**
     * An editor rewrote the checker's draft, the checker saved it again and submitted it: the editor is still
     * one of its authors, whoever saved last.
     */
    @ParameterizedTest
    @CsvSource({"APPROVE", "PUBLISH", "REQUEST_CHANGES"})
    void everyoneWhoChangedTheTextCountsAsItsAuthor(Action action) {
        VerdictStatus status = action == PUBLISH ? VerdictStatus.APPROVED : VerdictStatus.SUBMITTED;
        List<String> editors = List.of(AUTHOR, "eve");
        assertTrue(ReviewWorkflow.refusal(action, status, editors, new Actor("eve", Set.of(Role.EDITOR)))
                .orElseThrow().contains("another editor must"));
        assertTrue(ReviewWorkflow.refusal(action, status, editors, new Actor("max", Set.of(Role.EDITOR))).isEmpty());
    }
}
