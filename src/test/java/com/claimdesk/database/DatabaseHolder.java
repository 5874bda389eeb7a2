package com.claimdesk.database;

import java.nio.file.Path;

/**
 * Stands in for a ClaimDesk process in {@link LeftoverServerTest}: starts the embedded server on the folder
 * given, says so, and waits to be killed.
 */
public final class DatabaseHolder {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.start(Path.of(args[0]));
        System.out.println("STARTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
