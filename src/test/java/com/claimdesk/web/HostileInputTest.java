package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
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
            "markup", "q", "status", "from", "after", "order", "tag", "since", "addresses", "address", "pick", "action",
            "speaker", "all", "until");

    /** The query parameters pages and the API read (a URL carrying every form field would be refused whole). */
    private static final List<String> QUERY_FIELDS = List.of("q", "status", "claimant", "assignee", "tag", "kind",
            "from", "to", "order", "after", "article", "start", "end", "words", "since", "error", "rating", "outlet",
            "speaker", "all");

    /** Sends the Content-Type header exactly as given, without RestAssured adding a charset. */
    private static final RestAssuredConfig RAW_TYPE = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

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

    /**
     * ClaimDesk has no {@code ;} path parameters: on every route, in the first or the last segment, such an
     * address is a 404 (never silence, never the route itself reached around a path rule).
     */
    @Test
    void semicolonParametersOnEveryRouteAreNotFound() {
        String username = TestSession.newAccount("semi", Role.CHECKER, Role.EDITOR, Role.ADMIN);
        TestSession session = TestSession.signIn(username);
        List<String> failures = new ArrayList<>();
        for (Routes.Route route : Routes.all()) {
            String path = concrete(route, 1);
            int slash = path.indexOf('/', 1);
            List<String> variants = List.of(slash < 0 ? path + ";x" : path.substring(0, slash) + ";x=1"
                    + path.substring(slash), path + ";jsessionid=a,b");
            for (String variant : variants) {
                for (TestSession who : List.of(session, TestSession.anonymous())) {
                    var request = (route.api() && who == session ? TestSession.api(username) : who.request())
                            .urlEncodingEnabled(false).redirects().follow(false);
                    if (!route.method().equals("GET")) {
                        request.contentType("application/x-www-form-urlencoded").formParam("a", "b");
                    }
                    int status = request.request(route.method(), variant).statusCode();
                    if (status != 404) {
                        failures.add(route.key() + " as " + variant + (who == session ? "" : " anonymously")
                                + ": " + status);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** An empty or malformed Content-Type on every route that takes a body: a 400 saying so, nothing changed. */
    @Test
    void emptyAndBrokenContentTypesOnEveryRouteWithABody() {
        String username = TestSession.newAccount("ctype", Role.CHECKER, Role.EDITOR, Role.ADMIN);
        TestSession session = TestSession.signIn(username);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Ctype " + UUID.randomUUID()), "A claim to post");
        List<String> failures = new ArrayList<>();
        String before = fingerprint();
        for (Routes.Route route : Routes.all()) {
            if (route.method().equals("GET")) {
                continue;
            }
            for (String type : List.of("", " ", "text", "/", "text/", "a/b/c", "*/*", "multipart/form-data",
                    "multipart/form-data; boundary=", "text/plain; charset=klingon", ";;")) {
                var request = (route.api() ? TestSession.api(username) : session.request()).config(RAW_TYPE)
                        .redirects().follow(false).header("Content-Type", type)
                        .header(TestSession.CSRF_HEADER, session.csrfToken()).body("a=b".getBytes());
                Response response = request.request(route.method(), concrete(route, claim.id));
                if (response.statusCode() != 400 || !response.asString().contains("Content-Type")) {
                    failures.add(route.key() + " with Content-Type \"" + type + "\": " + response.statusCode());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(before, fingerprint(), "a refused request changed the database");
    }

    /**
     * A NUL character in any field, alone in its request: pages refuse it with a 400 that names the field
     * (whatever field, read or not), the API refuses every field it reads; nothing is stored either way.
     */
    @Test
    void aNulInAnyFieldIsRefusedByName() {
        String username = TestSession.newAccount("nul", Role.CHECKER, Role.EDITOR, Role.ADMIN);
        TestSession session = TestSession.signIn(username);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Nul " + UUID.randomUUID()), "A claim with NUL");
        List<String> failures = new ArrayList<>();
        for (Routes.Route route : Routes.all()) {
            if (route.key().equals("POST /logout")) {
                continue;
            }
            String path = concrete(route, claim.id);
            boolean query = route.method().equals("GET") || route.method().equals("DELETE");
            for (String field : query ? QUERY_FIELDS : FIELDS) {
                String before = fingerprint();
                Response response;
                if (route.api()) {
                    var request = TestSession.api(username).redirects().follow(false);
                    if (query) {
                        request.queryParam(field, "a\u0000b");
                    } else if (route.consumes().equals("text/plain")) {
                        request.contentType("text/plain; charset=utf-8").body("a\u0000b");
                    } else {
                        request.body(nested(field, "a\u0000b"));
                    }
                    response = request.request(route.method(), path);
                } else if (query) {
                    response = session.request().queryParam(field, "a\u0000b").get(path);
                } else {
                    response = route.consumes().equals("multipart/form-data")
                            ? session.postMultipart(path, Map.of(field, "a\u0000b"))
                            : session.post(path, Map.of(field, "a\u0000b"));
                }
                boolean named = response.statusCode() == 400 && response.asString().contains("NUL");
                if (response.statusCode() >= 500 || !route.api() && !named
                        || route.api() && !route.consumes().equals("text/plain") && response.statusCode() < 300
                                && response.asString().contains("\u0000")) {
                    failures.add(route.key() + " with NUL in " + field + ": " + response.statusCode());
                } else if (response.statusCode() >= 400 && !before.equals(fingerprint())) {
                    failures.add(route.key() + " with NUL in " + field + ": refused, but the database changed");
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * A {@code text/plain} post carries no CSRF token and any site can send one: with the session cookie, on
     * every route the cookie signs in to, it is a 403 and changes nothing, signing out included.
     */
    @Test
    void plainTextPostsWithTheSessionCookieAreRefused() {
        String username = TestSession.newAccount("plain", Role.CHECKER, Role.EDITOR, Role.ADMIN);
        TestSession session = TestSession.signIn(username);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Plain " + UUID.randomUUID()), "A claim in plain");
        List<String> failures = new ArrayList<>();
        List<Routes.Route> routes = new ArrayList<>(Routes.all());
        routes.sort((a, b) -> Boolean.compare(a.key().equals("POST /logout"), b.key().equals("POST /logout")));
        for (Routes.Route route : routes) {
            if (route.api() || route.method().equals("GET")) {
                continue;
            }
            String before = fingerprint();
            Response response = session.request().contentType("text/plain; charset=utf-8")
                    .body("to=dismissed&reason=forged&version=0&csrf-token=" + session.csrfToken())
                    .request(route.method(), concrete(route, claim.id));
            if (response.statusCode() != 403) {
                failures.add(route.key() + ": " + response.statusCode());
            } else if (!before.equals(fingerprint())) {
                failures.add(route.key() + ": refused, but the database changed");
            }
        }
        session.get("/account/password").then().statusCode(200);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String concrete(Routes.Route route, long id) {
        return route.path().replace("{unknown}", "no-such-page").replace("{slug}", "slug")
                .replaceAll("\\{\\w+}", String.valueOf(id));
    }

    /** A JSON body with one field ("source.url" nested as the API reads it). */
    private static Map<String, Object> nested(String field, String value) {
        int dot = field.indexOf('.');
        return dot < 0 ? Map.of(field, value) : Map.of(field.substring(0, dot), Map.of(field.substring(dot + 1), value));
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
