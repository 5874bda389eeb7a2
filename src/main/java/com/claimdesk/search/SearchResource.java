package com.claimdesk.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import com.claimdesk.accounts.Role;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.claims.Claimant;
import com.claimdesk.verdicts.Rating;
import com.claimdesk.web.FormErrors;
import com.claimdesk.web.Inputs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The search box in the header and its results page. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class SearchResource {

    /** The query string as typed, kept as text so that a bad value is reported rather than refused. */
    public record SearchQuery(@RestQuery String q, @RestQuery String status, @RestQuery String rating,
            @RestQuery String claimant, @RestQuery String tag, @RestQuery String from, @RestQuery String to) {

        public SearchQuery {
            q = Inputs.orEmpty(q);
            status = Inputs.orEmpty(status);
            rating = Inputs.orEmpty(rating);
            claimant = Inputs.orEmpty(claimant);
            tag = Inputs.orEmpty(tag);
            from = Inputs.orEmpty(from);
            to = Inputs.orEmpty(to);
        }

        /** The claims list with the same words and claim filters: every match, newest first, page by page. */
        public String claimsList() {
            StringBuilder link = new StringBuilder("/claims?q=").append(encoded(q));
            for (String[] filter : new String[][] {{"status", status}, {"claimant", claimant}, {"tag", tag},
                    {"from", from}, {"to", to}}) {
                if (!filter[1].isBlank()) {
                    link.append('&').append(filter[0]).append('=').append(encoded(filter[1]));
                }
            }
            return link.toString();
        }

        private static String encoded(String value) {
            return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(SearchQuery query, Search.Results results, List<Rating> ratings,
                FormErrors errors);
    }

    @Inject
    Search search;

    @GET
    public Response search(SearchQuery query) {
        FormErrors errors = FormErrors.none();
        String text = Inputs.clean(query.q());
        if (text != null && text.length() > Search.MAX_QUERY) {
            errors.add("q", "Search for at most " + Search.MAX_QUERY + " characters.");
        }
        List<Rating> ratings = Rating.scale();
        Search.Filters filters = filters(query, ratings, errors);
        if (text == null || errors.any()) {
            return Response.status(errors.any() ? 400 : 200).entity(Templates.results(query, null, ratings, errors))
                    .build();
        }
        Optional<Search.Results> results;
        try {
            results = search.run(text, filters);
        } catch (RuntimeException e) {
            if (!Search.timedOut(e)) {
                throw e;
            }
            return busy(query, ratings,
                    "That search took too long. Add words, or narrow it by status, claimant or date.");
        }
        if (results.isEmpty()) {
            return busy(query, ratings, "Search is busy; try again in a moment.");
        }
        if (results.get().onlyExclusions()) {
            errors.add("q", "Give at least one word to look for, not only words to leave out (-word); "
                    + "common words such as \"the\" do not count.");
            return Response.status(400).entity(Templates.results(query, null, ratings, errors)).build();
        }
        return Response.ok(Templates.results(query, results.get(), ratings, errors)).build();
    }

    /** A 503 with the form kept, so the same search can be sent again. */
    private static Response busy(SearchQuery query, List<Rating> ratings, String message) {
        return Response.status(503).header("Retry-After", "2")
                .entity(Templates.results(query, null, ratings, FormErrors.none().add("q", message))).build();
    }

    private static Search.Filters filters(SearchQuery query, List<Rating> ratings, FormErrors errors) {
        ClaimStatus status = Inputs.clean(query.status()) == null ? null
                : Inputs.choice(ClaimStatus.class, query.status(), "status", "Choose a status from the list.", errors);
        Long claimant = null;
        String name = Inputs.clean(query.claimant());
        if (name != null) {
            claimant = name.chars().allMatch(Character::isDigit) ? Inputs.number(name, "claimant", errors)
                    : Claimant.findByNameOrAlias(name).map(c -> c.id).orElse(null);
            if (claimant == null && !errors.has("claimant")) {
                errors.add("claimant", "No claimant is called " + name + ".");
            }
        }
        String rating = Inputs.clean(query.rating());
        if (rating != null && ratings.stream().noneMatch(r -> r.label.equals(rating))) {
            errors.add("rating", "Choose a rating from the scale.");
        }
        return new Search.Filters(status, errors.has("rating") ? null : rating, claimant,
                Inputs.optional(query.tag(), "tag", 50, errors), Inputs.date(query.from(), "from", errors),
                Inputs.date(query.to(), "to", errors));
    }
}
