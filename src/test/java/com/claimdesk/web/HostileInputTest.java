package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every route, fed hostile values in every field it might read: empty, oversized, wrong type, control and
 * right-to-left characters, emoji, markup, SQL. Whatever the route makes of them, it never answers 5xx, and
 * when it refuses (4xx) nothing in the database has changed, not even the audit log.
 */
@QuarkusTest
class HostileInputTest {

    private static final List<String> VALUES = List.of("", "x".repeat(20_000), "a\u0000b", "\u202Eevil\u202C",
            "😀🇺🇦", "<script>alert(1)</script>", "'; drop table claim; --", "-1", "99999999999999999999",
            "2999-99-99", "%00%ff", "{\"a\":");

    /** Every field name a form or a JSON body of the application reads. */
    private static final List<String> FIELDS = List.of("statement", "claimReviewed", "claimant", "claimantType",
            "kind", "madeAt", "tags", "assignee", "appearance.articleId", "appearance.url", "appearance.start",
            "appearance.end", "appearance.seenOn", "title", "url", "outlet", "author", "publishedAt", "text",
            "source.url", "source.title", "source.publisher", "source.type", "source.publishedAt", "sourceId",
            "stance", "excerpt", "location", "note", "notes", "accessedAt", "archiveText", "rating", "conclusion",
            "explanation", "evidence", "correctionNote", "withdrawn", "comment", "version", "to", "reason", "label",
            "value", "colour", "position", "retired", "name", "type", "affiliation", "aliases", "into", "earlier",
            "claim", "article", "words", "username", "displayName", "password", "roles", "current", "confirm",
            "markup", "q", "status", "from", "after", "order", "tag", "since");

    /** The query parameters pages and the API read (a URL carrying every form field would be refused whole). */
    private static final List<String> QUERY_FIELDS = List.of("q", "status", "claimant", "assignee", "tag", "kind",
            "from", "to", "order", "after", "article", "start", "end", "words", "since", "error", "rating");

    @Inject
    EntityManager entityManager;

    @Test
    void noRouteAnswers5xxToHostileInput() {
        String username = TestSession.newAccount("fuzz", Role.CHECKER, Role.EDITOR, Role.ADMIN);
        TestSession session = TestSession.signIn(username);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Fuzz " + UUID.randomUUID()), "A claim to fuzz");
        List<String> failures = new ArrayList<>();
        for (Routes.Route route : Routes.all()) {
            if (route.key().equals("POST /logout")) {
                continue; // ends the session the other routes need
            }
            String path = route.path().replace("{unknown}", "no-such-page").replace("{slug}", "slug")
                    .replaceAll("\\{\\w+}", String.valueOf(claim.id));
            for (String value : VALUES) {
                String before = fingerprint();
                Response response = call(route, path, value, session, username);
                if (response.statusCode() >= 500) {
                    failures.add(route.key() + " with " + describe(value) + ": " + response.statusCode());
                } else if (response.statusCode() >= 400 && !before.equals(fingerprint())) {
                    failures.add(route.key() + " with " + describe(value) + ": refused with "
                            + response.statusCode() + " but the database changed");
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Row counts and version sums of every table people change, and the audit log's length. */
    private String fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(entityManager.createNativeQuery("""
                select concat_ws(',',
                  (select count(*) || ':' || coalesce(sum(version), 0) from claim),
                  (select count(*) || ':' || coalesce(sum(version), 0) from claimant),
                  (select count(*) from claimant_alias), (select count(*) from appearance),
                  (select count(*) || ':' || coalesce(sum(version), 0) from article),
                  (select count(*) || ':' || coalesce(sum(version), 0) from source),
                  (select count(*) || ':' || coalesce(sum(version), 0) from evidence),
                  (select count(*) || ':' || coalesce(sum(version), 0) from verdict),
                  (select count(*) || ':' || coalesce(sum(version), 0) from candidate),
                  (select count(*) || ':' || coalesce(sum(version), 0) from rating),
                  (select count(*) || ':' || coalesce(sum(version), 0) from app_user),
                  (select count(*) from external_fact_check), (select count(*) from audit_entry))""")
                .getSingleResult()));
    }

    private static Response call(Routes.Route route, String path, String value, TestSession session,
            String username) {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean query = route.method().equals("GET") || route.method().equals("DELETE");
        (query ? QUERY_FIELDS : FIELDS).forEach(field -> fields.put(field, query && value.length() > 2000
                && !field.equals("q") ? "x" : value));
        if (route.api()) {
            var request = TestSession.api(username).redirects().follow(false);
            if (query) {
                fields.forEach(request::queryParam);
            } else if (route.consumes().equals("text/plain")) {
                request.contentType("text/plain; charset=utf-8").body(value);
            } else {
                request.body(fields);
            }
            return request.request(route.method(), path);
        }
        if (route.method().equals("GET")) {
            var request = session.request();
            fields.forEach(request::queryParam);
            return request.get(path);
        }
        return route.consumes().equals("multipart/form-data") ? session.postMultipart(path, fields)
                : session.post(path, fields);
    }

    private static String describe(String value) {
        return value.length() > 40 ? value.length() + " characters" : "\"" + value + "\"";
    }
}
