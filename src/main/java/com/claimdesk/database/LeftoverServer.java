package com.claimdesk.database;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.quarkus.logging.Log;

/**
 * A PostgreSQL still running on our data folder although no ClaimDesk holds the folder: what a ClaimDesk
 * killed before its watchdog existed (or together with it) leaves behind. Starting a second server there
 * would wait for a minute and fail, so it is stopped first.
 */
final class LeftoverServer {

    /** The lock file the embedded library holds while a ClaimDesk uses the folder. */
    private static final String HOLDER_LOCK = "epg-lock";
    private static final long STOP_WAIT_SECONDS = 30;

    private LeftoverServer() {
    }

    static Optional<Long> postmasterPid(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).filter(s -> s.matches("\\d+"))
                    .map(Long::valueOf);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void stopIfAny(Path directory) throws EmbeddedDatabase.StartFailure {
        Optional<ProcessHandle> postmaster = postmasterPid(directory).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        if (heldByAnotherClaimDesk(directory)) {
            throw new EmbeddedDatabase.StartFailure("The database folder " + directory
                    + " is in use by another ClaimDesk; stop it first or set CLAIMDESK_DATA_DIR to another folder.",
                    null);
        }
        ProcessHandle server = postmaster.get();
        Log.warnf("A PostgreSQL left running by an earlier ClaimDesk (process %d) holds %s: stopping it",
                server.pid(), directory);
        // SIGTERM: PostgreSQL's smart shutdown, which finishes cleanly; its clients died with that ClaimDesk.
        server.destroy();
        if (!waitForExit(server)) {
            Log.warnf("PostgreSQL process %d did not stop in %d s: ending it", server.pid(), STOP_WAIT_SECONDS);
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            if (!waitForExit(server)) {
                throw new EmbeddedDatabase.StartFailure("A PostgreSQL left running (process " + server.pid()
                        + ") holds " + directory + " and cannot be stopped; stop it by hand.", null);
            }
        }
    }

    private static boolean waitForExit(ProcessHandle server) {
        try {
            server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !server.isAlive();
        }
    }

    private static boolean heldByAnotherClaimDesk(Path directory) {
        Path lockFile = directory.resolve(HOLDER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true);
                FileLock lock = stream.getChannel().tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very process
        } catch (IOException e) {
            return true;
        }
    }
}
