package com.claimdesk.database;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for a ClaimDesk process in {@link LeftoverServerTest}: starts the embedded server on the folder
 * given, writes the file {@link #STARTED} into it, and waits to be killed.
 */
public final class DatabaseHolder {

    static final String STARTED = "holder-started";

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        EmbeddedDatabase.start(folder);
        Files.writeString(folder.resolve(STARTED), "started");
        Thread.sleep(Long.MAX_VALUE);
    }
}
