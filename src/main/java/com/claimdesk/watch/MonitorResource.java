package com.claimdesk.watch;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Role;
import com.claimdesk.extraction.StatementKind;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Plural;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The Monitor: the morning list of statements found in watched outlets, decided in bulk. */
@Path("/monitor")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class MonitorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance monitor(List<Monitor.Item> items, MonitorFilter filter,
                List<StatementKind> kinds, Instant now, FormErrors errors);
    }

    @Inject
    Monitor monitor;

    @Inject
    CurrentUser currentUser;

    @GET
    public Response list(@RestQuery String outlet, @RestQuery String speaker, @RestQuery String kind,
            @RestQuery String tag, @RestQuery String all) {
        return page(new MonitorFilter(outlet, speaker, kind, tag, all), FormErrors.none());
    }

    /** Accepts or dismisses the statements ticked on the list. */
    @POST
    @Path("/decide")
    @Transactional
    public Response decide(@RestForm List<String> pick, @RestForm String action, @RestForm String outlet,
            @RestForm String speaker, @RestForm String kind, @RestForm String tag, @RestForm String all) {
        MonitorFilter filter = new MonitorFilter(outlet, speaker, kind, tag, all);
        FormErrors errors = FormErrors.none();
        boolean accept = "accept".equals(action);
        if (!accept && !"dismiss".equals(action)) {
            errors.add("statements", "Choose Accept or Dismiss.");
        } else if (pick == null || pick.isEmpty()) {
            errors.add("statements", "Tick the statements to " + action + " first.");
        } else if (pick.size() > Monitor.MAX_PICKS) {
            errors.add("statements", "Tick at most " + Monitor.MAX_PICKS + " statements at once.");
        }
        if (errors.any()) {
            return page(filter, errors);
        }
        Monitor.Decision decision = monitor.decide(pick, accept, currentUser.name());
        StringBuilder message = new StringBuilder(accept ? Plural.of(decision.accepted(), "claim") + " recorded"
                : Plural.of(decision.dismissed(), "statement") + " dismissed");
        if (decision.needSpeaker() > 0) {
            message.append("; ").append(Plural.of(decision.needSpeaker(), "statement"))
                    .append(" left for you to complete (open its article)");
        }
        if (decision.alreadyDecided() > 0) {
            message.append("; ").append(Plural.of(decision.alreadyDecided(), "statement"))
                    .append(" already decided or changed by someone else, left as it was");
        }
        return Flash.redirect(filter.address(), message + ".");
    }

    /** What was found until the list was shown is no longer new to this reader. */
    @POST
    @Path("/seen")
    @Transactional
    public Response seen(@RestForm String until) {
        Instant shown;
        try {
            shown = until == null ? Instant.now() : Instant.parse(until.strip());
        } catch (DateTimeParseException e) {
            shown = Instant.now();
        }
        // Never later than now: a forged time must not hide what has not been found yet.
        Instant now = Instant.now();
        monitor.lookedAt(currentUser.name(), shown.isAfter(now) ? now : shown);
        return Flash.redirect("/monitor", "Done: what was on the list is no longer new to you.");
    }

    private Response page(MonitorFilter filter, FormErrors errors) {
        filter.check(errors);
        List<Monitor.Item> items = errors.has("outlet") || errors.has("speaker") || errors.has("tag")
                || errors.has("kind") ? List.of()
                : monitor.items(currentUser.name(), filter, filter.statementKind(FormErrors.none()));
        return Response.status(errors.any() ? 400 : 200)
                .entity(Templates.monitor(items, filter, List.of(StatementKind.values()), Instant.now(), errors))
                .build();
    }
}
