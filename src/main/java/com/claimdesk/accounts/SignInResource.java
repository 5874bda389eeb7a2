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

    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        FormAuthenticationMechanism.logout(identity);
        return Flash.redirect("/login", "You are signed out.");
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
        audit.record(account.username, "account.password", "account", account.id, null,
                account.username + " changed their password", null, null);
        return Flash.redirect("/", "Your password has been changed.");
    }
}
