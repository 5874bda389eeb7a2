package com.claimdesk.sources;

import java.util.List;
import java.util.Locale;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Role;
import com.claimdesk.verdicts.Verdict;
import com.claimdesk.web.CurrentUser;
import com.claimdesk.web.Flash;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;
import com.claimdesk.web.KeysetPage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Sources: add one (with an archived copy), read where it is used, keep its description current. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class SourceResource {

    public static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Source> sources, String q, Long next);

        static native TemplateInstance create(SourceInput form, FormErrors errors, Source existing);

        static native TemplateInstance show(Source source, List<Evidence> uses, List<Verdict> verdicts,
                Boolean archiveIntact, ArchiveText archiveText, FormErrors errors);

        static native TemplateInstance edit(Source source, SourceInput form, long version, Source current,
                FormErrors errors);
    }

    @Inject
    SourceRecords records;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String after) {
        Long cursor = Inputs.number(after, "after", FormErrors.none());
        String words = Inputs.clean(q);
        String pattern = words == null ? null : "%" + words.toLowerCase(Locale.ROOT) + "%";
        List<Source> rows = Source.getEntityManager().createQuery("""
                select s from Source s
                where (:after is null or s.id < :after)
                  and (:pattern is null or lower(s.title) like :pattern or lower(s.url) like :pattern
                       or lower(s.publisher) like :pattern)
                order by s.id desc""", Source.class)
                .setParameter("after", cursor)
                .setParameter("pattern", pattern)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
        KeysetPage<Source> page = KeysetPage.of(rows, PAGE_SIZE, source -> source.id);
        return Templates.list(page.rows(), words == null ? "" : words, page.next());
    }

    @GET
    @Path("/new")
    public TemplateInstance newSource() {
        return Templates.create(SourceInput.empty(), FormErrors.none(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response create(SourceInput form) {
        SourceRecords.Outcome outcome = records.add(form, currentUser.name());
        if (outcome.existing()) {
            FormErrors known = FormErrors.none().add("url", "This address is already on record as a source.");
            return Response.status(409).entity(Templates.create(form.withoutArchive(), known, outcome.source()))
                    .build();
        }
        if (!outcome.ok()) {
            return Response.status(400).entity(Templates.create(form.withoutArchive(), outcome.errors(), null))
                    .build();
        }
        return Flash.redirect("/sources/" + outcome.source().id, "Source added.");
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        return page(find(id), FormErrors.none());
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Source source = find(id);
        return Templates.edit(source, SourceInput.of(source), source.version, null, FormErrors.none());
    }

    @POST
    @Path("/{id}")
    @Transactional
    public Response update(@RestPath long id, @RestForm long version, SourceInput form) {
        Source source = find(id);
        if (source.version != version) {
            return Response.status(409)
                    .entity(Templates.edit(source, form, source.version, source, FormErrors.none())).build();
        }
        FormErrors errors = records.update(source, form, currentUser.name());
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(source, form, version, null, errors)).build();
        }
        return Flash.redirect("/sources/" + id, "Source saved.");
    }

    /** Stores a new archived copy (pasted text or a file) in place of any earlier one. */
    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response archive(@RestPath long id, SourceInput form) {
        Source source = find(id);
        FormErrors errors = FormErrors.none();
        SourceInput.Archive archive = form.archive("", errors);
        if (archive == null && !errors.any()) {
            errors.add("archiveText", "Paste the page's text or choose a file to archive.");
        }
        if (errors.any()) {
            return Response.status(400).entity(page(source, errors)).build();
        }
        records.archive(source, archive, currentUser.name());
        return Flash.redirect("/sources/" + id, "Archived copy stored (SHA-256 " + source.archiveSha256 + ").");
    }

    /**
     * The archived copy, always as a download: it is someone else's page, and must never run as ours. The
     * SHA-256 recorded when it was stored travels in a header so that anyone can check the copy.
     */
    @GET
    @Path("/{id}/archive")
    @Produces(MediaType.WILDCARD)
    public Response download(@RestPath long id) {
        Source source = find(id);
        SourceArchive archive = source.archived() ? SourceArchive.findById(source.id) : null;
        if (archive == null) {
            throw new NotFoundException();
        }
        String name = source.archiveFileName == null ? "archived-copy" : source.archiveFileName
                .replaceAll("[^\\w.\\-]", "_");
        return Response.ok(archive.content, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Archive-SHA256", source.archiveSha256)
                .header("X-Archive-Media-Type", source.archiveMediaType)
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    static TemplateInstance page(Source source, FormErrors errors) {
        List<Evidence> uses = Evidence.find("""
                from Evidence e join fetch e.claim c join fetch c.claimant
                where e.source = ?1 order by e.id desc""", source).list();
        Boolean intact = null;
        ArchiveText text = null;
        if (source.archived()) {
            SourceArchive archive = SourceArchive.findById(source.id);
            intact = archive != null && archive.matches(source.archiveSha256);
            text = archive == null ? null : ArchiveText.of(archive.content, source.archiveMediaType);
        }
        return Templates.show(source, uses, Verdict.restingOn(source.id), intact, text, errors);
    }

    private static Source find(long id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw new NotFoundException();
        }
        return source;
    }
}
