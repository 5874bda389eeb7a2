package com.claimdesk.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ClaimDesk killed with kill -9 (here a second Java process that started the embedded server): its
 * PostgreSQL does not live on, and if one does (its watchdog killed too), the next start stops it and goes on.
 */
class LeftoverServerTest {

    @TempDir
    Path folder;

    @Test
    void aKilledClaimDeskLeavesNoServerBehind() throws Exception {
        Process holder = startHolder();
        ProcessHandle postmaster = postmaster();
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            fail("the server lives on after the process that started it was killed");
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(folder); var connection = again.connect()) {
            assertTrue(connection.isValid(5));
        }
    }

    @Test
    void aServerLeftRunningIsStoppedWhenClaimDeskStartsAgain() throws Exception {
        Process holder = startHolder();
        ProcessHandle postmaster = postmaster();
        // Killed together with its watchdog, as a kill of the whole process group (or an old version) would.
        List<ProcessHandle> watchdogs = holder.toHandle().children()
                .filter(child -> child.info().command().map(c -> c.endsWith("sh")).orElse(false)).toList();
        assertFalse(watchdogs.isEmpty(), "the holder runs a watchdog");
        watchdogs.forEach(ProcessHandle::destroyForcibly);
        holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(300);
        assertTrue(postmaster.isAlive(), "the server is left running");

        try (EmbeddedDatabase again = EmbeddedDatabase.start(folder); var connection = again.connect();
                var rows = connection.createStatement().executeQuery("select count(*) from pg_database")) {
            assertFalse(postmaster.isAlive(), "the leftover server was stopped");
            assertTrue(rows.next());
            assertTrue(rows.getInt(1) >= 3);
        }
    }

    private Process startHolder() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("holder", ".log");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(), folder.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path started = folder.resolve(DatabaseHolder.STARTED);
        for (int tries = 0; tries < 1200 && !Files.exists(started) && holder.isAlive(); tries++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(started), "the holder started its server:\n" + Files.readString(log));
        return holder;
    }

    private ProcessHandle postmaster() {
        return ProcessHandle.of(LeftoverServer.postmasterPid(folder).orElseThrow()).orElseThrow();
    }
}
