package com.claimdesk.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.audit.AuditLog;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * The administrator's account pages: create people, reset their passwords, change their roles, deactivate
 * and reactivate them. A reset, a role taken away and a deactivation end the person's sessions.
 */
@Path("/admin/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Account> accounts, AccountForm form, FormErrors errors);

        static native TemplateInstance edit(Account account, List<String> ticked, FormErrors errors);

        static native TemplateInstance confirmRoles(Account account, List<Role> chosen, List<Role> gained,
                List<Role> lost);

        static native TemplateInstance confirmPassword(Account account, String password);
    }

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list() {
        return Templates.list(Account.listByUsername(), AccountForm.empty(), FormErrors.none());
    }

    @POST
    @Transactional
    public Response create(AccountForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        PasswordPolicy.problem(form.username(), form.password()).ifPresent(p -> errors.add("password", p));
        if (form.roleSet().isEmpty()) {
            errors.add("roles", "Tick at least one role.");
        }
        if (!errors.has("username") && Account.findByUsername(form.username()).isPresent()) {
            errors.add("username", "This user name is taken.");
        }
        if (errors.any()) {
            AccountForm kept = new AccountForm(form.username(), form.displayName(), "", form.roles());
            return Response.status(400).entity(Templates.list(Account.listByUsername(), kept, errors)).build();
        }
        Account created = Account.create(form.username(), form.displayName().strip(), form.password(), form.roleSet());
        audit.record(currentUser.name(), "account.created", "account", created.id, null,
                "Account created: " + created.username + " (" + created.roles + ")", null,
                Map.of("username", created.username, "roles", created.roles));
        return Flash.redirect("/admin/accounts", "Account " + form.username() + " created.");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance edit(@RestPath long id) {
        Account account = find(id);
        return Templates.edit(account, roleKeys(account), FormErrors.none());
    }

    @POST
    @Path("/{id}/roles")
    @Transactional
    public Response changeRoles(@RestPath long id, @RestForm long version, @RestForm List<String> roles,
            @RestForm boolean confirm, RoutingContext routing) {
        Account account = find(id);
        if (account.version != version) {
            FormErrors conflict = FormErrors.none().add("roles",
                    "Someone changed this account while you were editing; these are its roles now.");
            return Response.status(409).entity(Templates.edit(account, roleKeys(account), conflict)).build();
        }
        List<String> ticked = roles == null ? List.of() : roles;
        Set<Role> chosen = Role.parse(String.join(",", ticked));
        FormErrors errors = FormErrors.none();
        if (chosen.isEmpty()) {
            errors.add("roles", "Tick at least one role.");
        } else if (account.hasRole(Role.ADMIN) && !chosen.contains(Role.ADMIN) && Account.withRole(Role.ADMIN) == 1) {
            errors.add("roles", "This is the last administrator; make someone else an administrator first.");
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(account, ticked, errors)).build();
        }
        if (!confirm) {
            Set<Role> held = account.roleSet();
            return Response.ok(Templates.confirmRoles(account, chosen.stream().sorted().toList(),
                    chosen.stream().filter(role -> !held.contains(role)).toList(),
                    held.stream().filter(role -> !chosen.contains(role)).toList())).build();
        }
        String before = account.roles;
        boolean removed = !chosen.containsAll(account.roleSet());
        account.roles = Role.format(chosen);
        if (removed) {
            // Pages the person has open were served with the role; they sign in again and see what they may do.
            endSessions(account, routing);
        }
        audit.record(currentUser.name(), "account.roles", "account", account.id, null,
                "Roles of " + account.username + " changed", Map.of("roles", before), Map.of("roles", account.roles));
        return Flash.redirect("/admin/accounts/" + id, "Roles of " + account.username + " saved.");
    }

    @POST
    @Path("/{id}/password")
    @Transactional
    public Response resetPassword(@RestPath long id, @RestForm String password, @RestForm boolean confirm,
            RoutingContext routing) {
        Account account = find(id);
        var problem = PasswordPolicy.problem(account.username, password);
        if (problem.isPresent()) {
            FormErrors errors = FormErrors.none().add("password", problem.get());
            return Response.status(400)
                    .entity(Templates.edit(account, roleKeys(account), errors)).build();
        }
        if (!confirm) {
            // The page carries the new password to the confirming form: it must not stay in any cache.
            return Response.ok(Templates.confirmPassword(account, password)).header("Cache-Control", "no-store")
                    .build();
        }
        account.setPassword(password);
        endSessions(account, routing);
        // The log says that the password changed, never what it was or is.
        audit.record(currentUser.name(), "account.password", "account", account.id, null,
                "Password reset for " + account.username, null, null);
        return Flash.redirect("/admin/accounts/" + id, "New password set for " + account.username + ".");
    }

    /** Deactivated accounts cannot sign in and their sessions end; everything they did keeps their name. */
    @POST
    @Path("/{id}/deactivate")
    @Transactional
    public Response deactivate(@RestPath long id, @RestForm long version) {
        Account account = find(id);
        FormErrors errors = FormErrors.none();
        if (account.version != version) {
            errors.add("active", "Someone changed this account while you were looking at it; here it is now.");
            return Response.status(409).entity(Templates.edit(account, roleKeys(account), errors)).build();
        }
        if (account.username.equals(currentUser.name())) {
            errors.add("active", "You cannot deactivate your own account.");
        } else if (account.active && account.hasRole(Role.ADMIN) && Account.withRole(Role.ADMIN) == 1) {
            errors.add("active", "This is the last administrator; make someone else an administrator first.");
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(account, roleKeys(account), errors)).build();
        }
        if (account.active) {
            account.active = false;
            account.endSessions();
            audit.record(currentUser.name(), "account.deactivated", "account", account.id, null,
                    "Account " + account.username + " deactivated", Map.of("active", true), Map.of("active", false));
        }
        return Flash.redirect("/admin/accounts/" + id, account.username + " is deactivated and signed out.");
    }

    @POST
    @Path("/{id}/reactivate")
    @Transactional
    public Response reactivate(@RestPath long id, @RestForm long version) {
        Account account = find(id);
        if (account.version != version) {
            FormErrors conflict = FormErrors.none().add("active",
                    "Someone changed this account while you were looking at it; here it is now.");
            return Response.status(409).entity(Templates.edit(account, roleKeys(account), conflict)).build();
        }
        if (!account.active) {
            account.active = true;
            audit.record(currentUser.name(), "account.reactivated", "account", account.id, null,
                    "Account " + account.username + " reactivated", Map.of("active", false), Map.of("active", true));
        }
        return Flash.redirect("/admin/accounts/" + id, account.username + " can sign in again.");
    }

    /** Ends the account's sessions; an administrator changing their own account stays signed in here. */
    private void endSessions(Account account, RoutingContext routing) {
        account.endSessions();
        if (account.username.equals(currentUser.name())) {
            Sessions.issue(routing, account.sessionGeneration);
        }
    }

    private static List<String> roleKeys(Account account) {
        return account.roleSet().stream().map(Role::key).toList();
    }

    private static Account find(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }
}
