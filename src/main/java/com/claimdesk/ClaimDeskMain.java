package com.claimdesk;

import com.claimdesk.database.EmbeddedDatabase;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded PostgreSQL before Quarkus reads its datasource settings, unless an external
 * server is configured, and stops it after Quarkus has closed its connections.
 */
@QuarkusMain
public class ClaimDeskMain {

    public static void main(String... args) {
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        settings.applySessionKey();
        EmbeddedDatabase database = null;
        if (!settings.externalDatabaseConfigured()) {
            try {
                database = EmbeddedDatabase.start(settings.databaseDirectory());
            } catch (EmbeddedDatabase.StartFailure e) {
                // Quarkus queues log records until it has started, so this one line goes straight to stderr.
                System.err.println("ClaimDesk cannot start: " + e.getMessage());
                System.exit(1);
            }
            database.exportDatasourceSettings();
        }
        EmbeddedDatabase started = database;
        Quarkus.run(null, (exitCode, failure) -> {
            if (started != null) {
                started.close();
            }
            // Inside a shutdown hook (Ctrl-C, SIGTERM) the VM is already exiting; calling exit again would hang.
            if (!ApplicationLifecycleManager.isVmShuttingDown()) {
                System.exit(exitCode);
            }
        }, args);
    }
}
