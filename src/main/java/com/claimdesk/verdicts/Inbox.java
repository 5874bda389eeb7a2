package com.claimdesk.verdicts;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.web.CurrentUser;

/**
 * What needs the signed-in person now: changes requested on verdicts they wrote, verdicts and corrections
 * waiting for their approval (editors, never their own work: the four-eyes rule), and claims assigned to them
 * that are still theirs to research. The header shows the count ({@code inject:inbox.badge}) on every page.
 */
@RequestScoped
@Named("inbox")
public class Inbox {

    /** The lists of the inbox page, the start page and {@code GET /api/inbox}. */
    public record Contents(List<Verdict> changesRequested, List<Verdict> awaitingApproval,
            List<Verdict> corrections, List<Claim> assignedClaims) {

        public int count() {
            return changesRequested.size() + awaitingApproval.size() + corrections.size() + assignedClaims.size();
        }

        public boolean isEmpty() {
            return count() == 0;
        }
    }

    /** Claims in review wait for an editor, not for the person they are assigned to. */
    static final List<ClaimStatus> ASSIGNED_WORK = List.of(ClaimStatus.NEW, ClaimStatus.RESEARCHING);
    static final List<VerdictStatus> UNDER_REVIEW = List.of(VerdictStatus.SUBMITTED, VerdictStatus.APPROVED);

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager entityManager;

    static final int COUNTED_UP_TO = 99;

    private Contents contents;
    private Long count;

    /** Whether the person has an inbox at all: reviewers do, an administrator only has the admin pages. */
    public boolean kept() {
        return currentUser.isChecker() || currentUser.isEditor();
    }

    public Contents contents() {
        if (contents == null) {
            contents = load(currentUser.name(), currentUser.isEditor());
        }
        return contents;
    }

    /** The header's count: exact up to {@link #COUNTED_UP_TO}, "99+" beyond. */
    public String badge() {
        long count = count();
        return count > COUNTED_UP_TO ? COUNTED_UP_TO + "+" : String.valueOf(count);
    }

    /**
     * One statement on the indexed status and assignee columns, or none when this request read the lists. Each
     * part stops counting past {@link #COUNTED_UP_TO}: a reviewer with thousands of claims assigned made every
     * page they opened count them all.
     */
    public long count() {
        if (contents != null) {
            return contents.count();
        }
        if (count == null) {
            count = kept() ? countFor(currentUser.name(), currentUser.isEditor()) : 0L;
        }
        return count;
    }

    private static Contents load(String username, boolean editor) {
        List<Verdict> sentBack = Verdict.find("""
                from Verdict v join fetch v.claim c join fetch c.claimant left join fetch v.rating
                where v.status = ?1 and v.editorComment is not null and v.author = ?2
                order by v.updatedAt desc""", VerdictStatus.DRAFT, username).list();
        List<Verdict> waiting = editor ? waitingForApproval(username) : List.of();
        List<Claim> assigned = Claim.find("""
                from Claim c join fetch c.claimant where c.assignee.username = ?1 and c.status in ?2
                order by c.id desc""", username, ASSIGNED_WORK).list();
        return new Contents(sentBack, waiting.stream().filter(v -> v.revision == 1).toList(),
                waiting.stream().filter(v -> v.revision > 1).toList(), assigned);
    }

    /** Verdicts submitted or approved that this editor never wrote or edited (the four-eyes rule). */
    static List<Verdict> waitingForApproval(String editor) {
        return Verdict.find("""
                from Verdict v join fetch v.claim c join fetch c.claimant left join fetch v.rating
                where v.status in ?1 and not array_contains(v.editors, ?2)
                order by v.submittedAt""", UNDER_REVIEW, editor).list();
    }

    /**
     * The statuses are written into the statement, not bound as lists: a list parameter keeps Hibernate from
     * caching the statement's plan (parsed again on every page), and PostgreSQL from matching the partial index
     * on open assigned claims.
     */
    private static final String COUNT = """
            select (select count(*) from (select 1 from verdict v
                     where v.status = 'DRAFT' and v.editor_comment is not null and v.author = :me
                     limit :beyond) sent_back)
                 + (select count(*) from (select 1 from verdict v
                     where :editor and v.status in (%s)
                       and not (:me = any (v.editors)) limit :beyond) waiting)
                 + (select count(*) from (select 1 from claim c
                     where c.assignee_id = (select a.id from app_user a where a.username = :me)
                       and c.status in (%s) limit :beyond) assigned)""".formatted(
            UNDER_REVIEW.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")),
            ASSIGNED_WORK.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")));

    private long countFor(String username, boolean editor) {
        Number total = (Number) entityManager.createNativeQuery(COUNT)
                .setParameter("me", username).setParameter("editor", editor)
                .setParameter("beyond", COUNTED_UP_TO + 1)
                .getSingleResult();
        return total.longValue();
    }
}
