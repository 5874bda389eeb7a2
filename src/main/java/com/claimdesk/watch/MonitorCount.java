package com.claimdesk.watch;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.claimdesk.web.CurrentUser;

/** How many statements in watched outlets are new to the signed-in reader: shown in the header and the inbox. */
@RequestScoped
@Named("monitor")
public class MonitorCount {

    @Inject
    Monitor monitor;

    @Inject
    CurrentUser currentUser;

    private Long count;

    public long count() {
        if (count == null) {
            count = currentUser.signedIn() ? monitor.newCount(currentUser.name()) : 0L;
        }
        return count;
    }
}
