package com.claimdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

import com.claimdesk.verdicts.Inbox;
import com.claimdesk.watch.Monitor;

/**
 * The header's two counts, what waits in the reviewer's inbox and what the Monitor found since they last looked,
 * read together in one statement on the first page element that asks: every page shows them.
 */
@RequestScoped
@Named("header")
public class HeaderCounts {

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager entityManager;

    private long[] counts;

    /** The inbox's count, exact up to {@link Inbox#COUNTED_UP_TO} and "more" beyond. */
    public long inbox() {
        return counts()[0];
    }

    public long monitor() {
        return counts()[1];
    }

    private long[] counts() {
        if (counts == null) {
            counts = currentUser.isReviewer() ? read() : new long[2];
        }
        return counts;
    }

    private long[] read() {
        Object[] row = (Object[]) entityManager.createNativeQuery("select " + Inbox.COUNT + ", " + Monitor.NEW_COUNT)
                .setParameter("me", currentUser.name()).setParameter("editor", currentUser.isEditor())
                .setParameter("beyond", Inbox.COUNTED_UP_TO + 1)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
