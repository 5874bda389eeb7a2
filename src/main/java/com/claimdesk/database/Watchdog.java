package com.claimdesk.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.quarkus.logging.Log;

/**
 * Ties the embedded server's life to this Java process: a small shell process waits on a pipe from us. When
 * ClaimDesk closes the database it says so on the pipe and the watchdog just ends; when ClaimDesk dies in any
 * way (kill -9 included) the pipe closes unread and the watchdog asks PostgreSQL for a fast shutdown.
 */
final class Watchdog {

    private final Process process;

    private Watchdog(Process process) {
        this.process = process;
    }

    static Watchdog guard(long postmasterPid) {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c",
                "read -r _ || kill -INT " + postmasterPid + " 2>/dev/null")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            return new Watchdog(builder.start());
        } catch (IOException e) {
            // No shell (e.g. Windows): ClaimDesk still stops its server on a normal exit, and a later start
            // stops a server left behind (LeftoverServer).
            Log.warnf("No watchdog for the embedded PostgreSQL (%s): if ClaimDesk is killed, the next start stops it",
                    e.getMessage());
            return new Watchdog(null);
        }
    }

    /** ClaimDesk is stopping the server itself: the watchdog ends without a signal. */
    void dismiss() {
        if (process == null) {
            return;
        }
        try (OutputStream pipe = process.getOutputStream()) {
            pipe.write("stopping\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            process.destroyForcibly();
        }
    }
}
