package com.claimdesk.verdicts;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The rating scale: documented publicly, configured by administrators. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class RatingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scale(List<Rating> ratings, Integer best, Integer worst,
                List<Rating.Published> published, String canonical, String organisation);

        static native TemplateInstance admin(List<Rating> ratings, RatingInput form, FormErrors errors);

        static native TemplateInstance edit(Rating rating, RatingInput form, FormErrors errors);

        static native TemplateInstance confirmDelete(Rating rating);
    }

    @Inject
    AuditLog audit;

    @Inject
    ClaimDeskConfig config;

    @Inject
    CurrentUser currentUser;

    /** The public page explaining each rating and how numbers map to text. */
    @GET
    @Path("ratings")
    @PermitAll
    public TemplateInstance scale() {
        return Templates.scale(Rating.scale(), Rating.best().orElse(null), Rating.worst().orElse(null),
                Rating.published(), config.publicBaseUrl().replaceAll("/$", "") + "/ratings",
                config.organisation().name());
    }

    @GET
    @Path("admin/ratings")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance admin() {
        return Templates.admin(Rating.scale(), RatingInput.empty(), FormErrors.none());
    }

    @POST
    @Path("admin/ratings")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Response add(RatingInput form) {
        Rating rating = new Rating();
        FormErrors errors = FormErrors.none();
        if (form.applyTo(rating, errors) && Rating.count("lower(label) = lower(?1)", rating.label) > 0) {
            errors.add("label", "The scale has this rating already.");
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.admin(Rating.scale(), form, errors)).build();
        }
        rating.persist();
        audit.record(currentUser.name(), "rating.created", "rating", rating.id, null, "Rating added: " + rating.label,
                null, state(rating));
        return Flash.redirect("/admin/ratings", "Rating “" + rating.label + "” added.");
    }

    @GET
    @Path("admin/ratings/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance edit(@RestPath long id) {
        Rating rating = find(id);
        return Templates.edit(rating, RatingInput.of(rating), FormErrors.none());
    }

    @POST
    @Path("admin/ratings/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Response update(@RestPath long id, @RestForm long version, RatingInput form) {
        Rating rating = find(id);
        if (rating.version != version) {
            return Response.status(409).entity(Templates.edit(rating, form, FormErrors.none().add("label",
                    "Someone changed this rating meanwhile; it is now “" + rating.label + "”."))).build();
        }
        var before = state(rating);
        FormErrors errors = FormErrors.none();
        // Checked before the entry changes: a refused form must leave it as it was.
        if (Rating.count("lower(label) = lower(?1) and id <> ?2", form.label().strip(), id) > 0) {
            errors.add("label", "The scale has this rating already.");
            return Response.status(400).entity(Templates.edit(rating, form, errors)).build();
        }
        if (!form.applyTo(rating, errors)) {
            return Response.status(400).entity(Templates.edit(rating, form, errors)).build();
        }
        audit.record(currentUser.name(), "rating.updated", "rating", rating.id, null, "Rating changed: " + rating.label,
                before, state(rating));
        return Flash.redirect("/admin/ratings", "Rating “" + rating.label + "” saved.");
    }

    /** Retires an entry (or brings it back). Retired entries stay on published verdicts but not in new ones. */
    @POST
    @Path("admin/ratings/{id}/retire")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Response retire(@RestPath long id, @RestForm boolean retired) {
        Rating rating = find(id);
        var before = state(rating);
        rating.retired = retired;
        audit.record(currentUser.name(), retired ? "rating.retired" : "rating.restored", "rating", rating.id, null,
                (retired ? "Rating retired: " : "Rating back in use: ") + rating.label, before, state(rating));
        return Flash.redirect("/admin/ratings", "“" + rating.label + "” " + (retired ? "retired." : "offered again."));
    }

    /** Deletes an entry no verdict uses; one in use can only be retired. */
    @POST
    @Path("admin/ratings/{id}/delete")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Response delete(@RestPath long id, @RestForm boolean confirm) {
        Rating rating = find(id);
        if (rating.inUse()) {
            return Response.status(409).entity(Templates.admin(Rating.scale(), RatingInput.empty(),
                    FormErrors.none().add("scale", "“" + rating.label
                            + "” is used by verdicts and cannot be deleted; retire it instead."))).build();
        }
        if (!confirm) {
            return Response.ok(Templates.confirmDelete(rating)).build();
        }
        audit.record(currentUser.name(), "rating.deleted", "rating", rating.id, null, "Rating deleted: " + rating.label,
                state(rating), null);
        rating.delete();
        return Flash.redirect("/admin/ratings", "Rating deleted.");
    }

    private static Map<String, Object> state(Rating rating) {
        return Map.of("label", rating.label, "value", String.valueOf(rating.value), "description", rating.description,
                "colour", rating.colour, "position", rating.position, "retired", rating.retired);
    }

    private static Rating find(long id) {
        Rating rating = Rating.findById(id);
        if (rating == null) {
            throw new NotFoundException();
        }
        return rating;
    }
}
