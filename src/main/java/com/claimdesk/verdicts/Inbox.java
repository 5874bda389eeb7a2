package com.claimdesk.verdicts;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.HeaderCounts;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * What needs the signed-in person now: changes requested on verdicts they wrote, verdicts and corrections
 * waiting for their approval (editors, never their own work: the four-eyes rule), and claims assigned to them
 * that are still theirs to research. The header shows the count ({@code inject:inbox.badge}) on every page.
 */
@RequestScoped
@Named("inbox")
public class Inbox {

    /**
     * The lists of the inbox page, the start page and {@code GET /api/inbox}, each cut at {@link #SHOWN}: a
     * reviewer with thousands of claims assigned got a page of a megabyte. {@code count} is the header's count.
     */
    public record Contents(Part<Verdict> changesRequested, Part<Verdict> awaitingApproval, Part<Verdict> corrections,
            Part<Claim> assignedClaims, long count) {

        public boolean isEmpty() {
            return count == 0;
        }
    }

    /** One list of the inbox: what is shown, and whether more wait beyond it. */
    public record Part<T>(List<T> shown, boolean more) {

        /** The first {@code shown} rows of {@code query}, and whether there are more: one more row is read. */
        public static <T> Part<T> first(PanacheQuery<T> query, int shown) {
            List<T> read = query.range(0, shown).list(); // both ends included: shown + 1 rows at most
            return read.size() > shown ? new Part<>(read.subList(0, shown), true) : new Part<>(read, false);
        }

        static <T> Part<T> none() {
            return new Part<>(List.of(), false);
        }

        public boolean isEmpty() {
            return shown.isEmpty();
        }
    }

    /** How many of each list the inbox shows; the claims list has every claim assigned. */
    public static final int SHOWN = 50;

    /** Claims in review wait for an editor, not for the person they are assigned to. */
    static final List<ClaimStatus> ASSIGNED_WORK = List.of(ClaimStatus.NEW, ClaimStatus.RESEARCHING);
    static final List<VerdictStatus> UNDER_REVIEW = List.of(VerdictStatus.SUBMITTED, VerdictStatus.APPROVED);

    @Inject
    CurrentUser currentUser;

    @Inject
    HeaderCounts header;

    public static final int COUNTED_UP_TO = 99;

    private Contents contents;

    /** Whether the person has an inbox at all: reviewers do, an administrator only has the admin pages. */
    public boolean kept() {
        return currentUser.isReviewer();
    }

    public Contents contents() {
        if (contents == null) {
            contents = load(currentUser.name(), currentUser.isEditor(), count());
        }
        return contents;
    }

    /** The header's count: exact up to {@link #COUNTED_UP_TO}, "99+" beyond. */
    public String badge() {
        long count = count();
        return count > COUNTED_UP_TO ? COUNTED_UP_TO + "+" : String.valueOf(count);
    }

    /** Exact up to {@link #COUNTED_UP_TO}: read with the Monitor's count, in one statement ({@link HeaderCounts}). */
    public long count() {
        return header.inbox();
    }

    private static Contents load(String username, boolean editor, long count) {
        Part<Verdict> sentBack = Part.first(Verdict.find("""
                from Verdict v join fetch v.claim c join fetch c.claimant left join fetch v.rating
                where v.status = ?1 and v.editorComment is not null and v.author = ?2
                order by v.updatedAt desc""", VerdictStatus.DRAFT, username), SHOWN);
        Part<Verdict> firstRevisions = editor ? waitingForApproval(username, Waiting.FIRST_VERDICTS, SHOWN)
                : Part.none();
        Part<Verdict> corrections = editor ? waitingForApproval(username, Waiting.CORRECTIONS, SHOWN) : Part.none();
        Part<Claim> assigned = Part.first(Claim.find("""
                from Claim c join fetch c.claimant where c.assignee.username = ?1 and c.status in ?2
                order by c.id desc""", username, ASSIGNED_WORK), SHOWN);
        return new Contents(sentBack, firstRevisions, corrections, assigned, count);
    }

    /** Which revisions wait for approval in a list: first verdicts, corrections, or both. */
    enum Waiting {
        FIRST_VERDICTS("= 1"), CORRECTIONS("> 1"), ALL(">= 1");

        private final String revision;

        Waiting(String revision) {
            this.revision = revision;
        }
    }

    /**
     * The {@code shown} verdicts submitted or approved that this editor never wrote or edited (the four-eyes
     * rule) that have waited longest.
     */
    static Part<Verdict> waitingForApproval(String editor, Waiting which, int shown) {
        return Part.first(Verdict.find("""
                from Verdict v join fetch v.claim c join fetch c.claimant left join fetch v.rating
                where v.status in ?1 and not array_contains(v.editors, ?2) and v.revision %s
                order by v.submittedAt, v.id""".formatted(which.revision), UNDER_REVIEW, editor), shown);
    }

    /**
     * The inbox's count, as an expression of {@code :me}, {@code :editor} and {@code :beyond}. The statuses are
     * written in, not bound as lists: a list parameter keeps Hibernate from caching the statement's plan (parsed
     * again on every page), and PostgreSQL from matching the partial index on open assigned claims.
     */
    public static final String COUNT = """
            ((select count(*) from (select 1 from verdict v
                     where v.status = 'DRAFT' and v.editor_comment is not null and v.author = :me
                     limit :beyond) sent_back)
                 + (select count(*) from (select 1 from verdict v
                     where :editor and v.status in (%s)
                       and not (:me = any (v.editors)) limit :beyond) waiting)
                 + (select count(*) from (select 1 from claim c
                     where c.assignee_id = (select a.id from app_user a where a.username = :me)
                       and c.status in (%s) limit :beyond) assigned))""".formatted(
            UNDER_REVIEW.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")),
            ASSIGNED_WORK.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")));
}
