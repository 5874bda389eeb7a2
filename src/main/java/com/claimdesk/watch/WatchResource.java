package com.claimdesk.watch;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.database.KeyLock;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What the desk watches: editors subscribe to feeds and to other fact-checkers' ClaimReview; every reviewer sees
 * how the polls go.
 */
@Path("/watch")
@Produces(MediaType.TEXT_HTML)
public class WatchResource {

    /** Items shown on a watch's page, newest first. */
    static final int ITEMS_SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Watch> watches, WatchInput form, List<Watch.Kind> kinds,
                FormErrors errors, Watch existing);

        static native TemplateInstance show(Watch watch, List<WatchedItem> items);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    WatchPoller poller;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance list() {
        return page(WatchInput.empty(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response subscribe(WatchInput form) {
        FormErrors errors = FormErrors.none();
        Watch watch = form.toWatch(currentUser.name(), errors);
        Watch existing = watch == null ? null
                : Watch.<Watch>find("kind = ?1 and address = ?2", watch.kind, watch.address).firstResult();
        if (existing != null) {
            errors.add("address", "The desk already watches this address" + (existing.active ? "." : " (stopped: "
                    + "resume it on its page)."));
        }
        if (errors.any()) {
            return Response.status(400).entity(page(form, errors, existing)).build();
        }
        watch.persist();
        audit.record(currentUser.name(), "watch.created", "watch", watch.id, null,
                "Watching " + watch.title + " (" + watch.kind.label + ")", null,
                Map.of("kind", watch.kind.name(), "address", watch.address, "title", watch.title));
        return Flash.redirect("/watch/" + watch.id, "Watching " + watch.title + ". The first poll comes within a few "
                + "minutes; Poll now to see it at once.");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance show(@RestPath long id) {
        Watch watch = find(id);
        List<WatchedItem> items = WatchedItem.find("from WatchedItem i left join fetch i.article where i.watch = ?1 "
                + "order by i.seenAt desc, i.id desc", watch).range(0, ITEMS_SHOWN - 1).list();
        return Templates.show(watch, items);
    }

    /** Polls at once, whether due or not; the poll runs in its own transaction, as the scheduler's do. */
    @POST
    @Path("/{id}/poll")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response pollNow(@RestPath long id) {
        find(id);
        String said = switch (poller.poll(id, true)) {
            case POLLED -> "Polled: " + Watch.<Watch>findById(id).lastOutcome;
            case FAILED -> "The poll failed: " + Watch.<Watch>findById(id).lastError;
            case BUSY -> "Another poll of this address is running; its outcome shows here when it ends.";
            case NOT_DUE, GONE -> "Nothing polled.";
        };
        return Flash.redirect("/watch/" + id, said);
    }

    @POST
    @Path("/{id}/stop")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response stop(@RestPath long id) {
        return setActive(find(id), false);
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response resume(@RestPath long id) {
        return setActive(find(id), true);
    }

    private Response setActive(Watch watch, boolean active) {
        // A poll holds the watch's lock while it runs (minutes at most); changing the watch under it would undo it.
        if (!KeyLock.tryHold(WatchPoller.LOCK, String.valueOf(watch.id))) {
            return Flash.redirect("/watch/" + watch.id, "A poll of this address is running; nothing was changed. "
                    + "Try again when it has ended.");
        }
        if (watch.active != active) {
            watch.active = active;
            if (active) {
                watch.failures = 0;
                watch.nextPollAt = java.time.Instant.now();
            }
            audit.record(currentUser.name(), active ? "watch.resumed" : "watch.stopped", "watch", watch.id, null,
                    (active ? "Watching again: " : "No longer watching: ") + watch.title, Map.of("active", !active),
                    Map.of("active", active));
        }
        return Flash.redirect("/watch/" + watch.id, active ? "Watching again; the next poll comes within a few "
                + "minutes." : "No longer watched; the articles taken stay.");
    }

    private static TemplateInstance page(WatchInput form, FormErrors errors, Watch existing) {
        return Templates.list(Watch.list("order by active desc, lower(title), id"), form,
                List.of(Watch.Kind.values()), errors, existing);
    }

    private static Watch find(long id) {
        Watch watch = Watch.findById(id);
        if (watch == null) {
            throw new NotFoundException();
        }
        return watch;
    }
}
