package com.claimdesk.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Tells every ClaimDesk instance on the database that an account changed (password, roles, deactivation, ended
 * sessions), through PostgreSQL's NOTIFY, so that each forgets the identity it kept ({@link RecentIdentities})
 * at once, not after a minute: a deactivated account is refused on all instances as soon as the change commits.
 */
@ApplicationScoped
public class AccountChanges {

    private static final Logger LOG = Logger.getLogger(AccountChanges.class);
    static final String CHANNEL = "claimdesk_account";

    @Inject
    DataSource dataSource;

    @Inject
    RecentIdentities recent;

    private volatile boolean listening;
    private Thread listener;

    /** After the change committed: every instance, this one included, forgets what it kept of the account. */
    void announce(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, username);
            notify.execute();
        } catch (SQLException e) {
            // The other instances still forget within RecentIdentities.LIFETIME.
            LOG.warnf("Could not tell other instances that account %s changed: %s", username, e.getMessage());
        }
    }

    void start(@Observes StartupEvent started) {
        listening = true;
        listener = new Thread(this::listen, "account-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (listening) {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("listen " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listening) {
                    PGNotification[] changes = postgres.getNotifications(5_000);
                    for (PGNotification change : changes == null ? new PGNotification[0] : changes) {
                        recent.forget(change.getParameter());
                        Reviewers.forget();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    LOG.debugf("Listening for account changes again after: %s", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listening = false;
        }
    }
}
