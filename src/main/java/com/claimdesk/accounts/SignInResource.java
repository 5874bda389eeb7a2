package com.claimdesk.accounts;

import jakarta.annotation.security.PermitAll;
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

import com.claimdesk.audit.AuditLog;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;

/**
 * Signing in and out, and changing one's own password. The credentials themselves are checked by Quarkus form
 * authentication at {@code /j_security_check}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed);

        static native TemplateInstance password(FormErrors errors);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("login")
    @PermitAll
    public Response login(@RestQuery boolean error) {
        if (currentUser.signedIn()) {
            return Flash.redirect("/");
        }
        return Response.status(error ? 401 : 200).entity(Templates.login(error)).build();
    }

    /**
     * Ends the session for good, not only in this browser: a copy of its cookie must not work afterwards, and
     * the only way to refuse it is to end all of the account's sessions (other devices sign in again).
     */
    @POST
    @Path("logout")
    @Authenticated
    @Transactional
    public Response logout() {
        Account.findByUsername(currentUser.name()).ifPresent(account -> {
            account.endSessions();
            audit.record(account.username, "account.signed-out", "account", account.id, null,
                    account.username + " signed out (on every device)", null, null);
        });
        FormAuthenticationMechanism.logout(identity);
        Sessions.clear(HttpSecurityUtils.getRoutingContextAttribute(identity));
        return Flash.redirect("/login", "You are signed out, on every device where you were signed in.");
    }

    @GET
    @Path("account/password")
    @Authenticated
    public TemplateInstance passwordForm() {
        return Templates.password(FormErrors.none());
    }

    @POST
    @Path("account/password")
    @Authenticated
    @Transactional
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirm) {
        Account account = Account.findByUsername(currentUser.name()).orElseThrow();
        FormErrors errors = FormErrors.none();
        if (current == null || !BcryptUtil.matches(current, account.passwordHash)) {
            errors.add("current", "This is not your current password.");
        }
        PasswordPolicy.problem(account.username, password).ifPresent(p -> errors.add("password", p));
        if (!errors.has("password") && !password.equals(confirm)) {
            errors.add("confirm", "The two new passwords differ.");
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.password(errors)).build();
        }
        account.setPassword(password);
        // Whoever else holds a session of this account is signed out; this browser stays signed in.
        account.endSessions();
        Sessions.issue(HttpSecurityUtils.getRoutingContextAttribute(identity), account.sessionGeneration);
        audit.record(account.username, "account.password", "account", account.id, null,
                account.username + " changed their password (other sessions ended)", null, null);
        return Flash.redirect("/", "Your password has been changed; you are signed out everywhere else.");
    }
}
