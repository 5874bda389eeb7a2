package com.claimdesk.database;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Makes a check-then-insert on one key (a text's hash, a claimant's name) run one request at a time: the
 * second of two simultaneous requests waits for the first's transaction to end, then sees its row, and is
 * answered as if it had come later. The unique indexes stay as the last word; this only keeps their
 * refusal (a failed commit) from reaching a person.
 */
public final class KeyLock {

    private KeyLock() {
    }

    /** Holds a PostgreSQL advisory lock on {@code kind} + {@code key} until the current transaction ends. */
    public static void hold(String kind, String key) {
        Panache.getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1), hashtext(?2))) held")
                .setParameter(1, kind)
                .setParameter(2, key)
                .getSingleResult();
    }

    /**
     * Takes the same lock without waiting, for work that only one ClaimDesk instance should do at a time (polling
     * a feed): false when another transaction, on this instance or another, holds it.
     */
    public static boolean tryHold(String kind, String key) {
        return (Boolean) Panache.getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, kind)
                .setParameter(2, key)
                .getSingleResult();
    }
}
