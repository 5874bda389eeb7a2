package com.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may use which route. The table below is the rule; the test checks that every route of the application is
 * in it (a new route without a rule fails here) and that each route answers each role as the table says.
 */
@QuarkusTest
class RouteRolesTest {

    private static final String ANYONE = "anonymous checker editor admin";
    private static final String SIGNED_IN = "checker editor admin";
    private static final String REVIEWERS = "checker editor admin";

    /** Route → who may use it. Routes not named here fall to REVIEWERS only if listed under it below. */
    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        rule(ANYONE, "GET /", "GET /login", "GET /ratings", "GET /{unknown}", "GET /fact-checks",
                "GET /fact-checks/{id}", "GET /fact-checks/{id}/{slug}", "GET /fact-checks/{id}.jsonld",
                "GET /fact-checks/corrections-policy",
                "GET /claimreview/feed.json", "GET /claimreview/export.csv");
        rule(SIGNED_IN, "GET /account/password", "POST /account/password", "POST /logout", "GET /api/whoami",
                "POST /api/extract");
        rule("admin", "GET /admin/accounts", "GET /admin/accounts/{id}", "POST /admin/accounts",
                "POST /admin/accounts/{id}/password", "POST /admin/accounts/{id}/roles",
                "POST /admin/accounts/{id}/deactivate", "POST /admin/accounts/{id}/reactivate", "GET /admin/audit",
                "GET /admin/ratings", "GET /admin/ratings/{id}", "POST /admin/ratings", "POST /admin/ratings/{id}",
                "POST /admin/ratings/{id}/delete", "POST /admin/ratings/{id}/retire");
        rule("editor", "GET /desk/approvals", "POST /verdicts/{id}/approve", "POST /verdicts/{id}/publish",
                "POST /verdicts/{id}/request-changes", "POST /api/verdicts/{id}/approve",
                "POST /api/verdicts/{id}/publish", "POST /api/verdicts/{id}/request-changes");
        rule("editor", "POST /watch", "POST /watch/{id}/poll", "POST /watch/{id}/stop", "POST /watch/{id}/resume");
        rule("editor admin", "GET /claimants/{id}/merge", "POST /claimants/{id}/merge");
        rule("checker editor", "GET /desk/mine", "GET /inbox", "GET /api/inbox");
        rule(REVIEWERS,
                "GET /desk/dashboard",
                "GET /articles", "GET /articles/new", "GET /articles/{id}", "GET /articles/{id}/passage",
                "POST /articles", "GET /api/articles/{id}", "POST /api/articles", "GET /articles/{id}/archive",
                "GET /address-lists", "POST /address-lists", "GET /address-lists/{id}",
                "GET /candidates/{id}/edit", "POST /candidates/accept-all", "POST /candidates/{id}/accept",
                "POST /candidates/{id}/dismiss", "GET /candidates/{id}/merge", "POST /candidates/{id}/merge",
                "GET /claims", "GET /claims/new", "GET /claims/{id}", "GET /claims/{id}/edit", "POST /claims",
                "POST /claims/{id}", "POST /claims/{id}/status", "POST /claims/{id}/same-as",
                "GET /api/claims", "GET /api/claims/{id}", "GET /api/claims/{id}/similar", "POST /api/claims", "PUT /api/claims/{id}",
                "GET /api/claims/{claimId}/audit",
                "GET /claimants", "GET /claimants/{id}", "GET /claimants/{id}/edit", "POST /claimants/{id}",
                "GET /sources", "GET /sources/new", "GET /sources/{id}", "GET /sources/{id}/archive",
                "GET /sources/{id}/edit", "POST /sources", "POST /sources/{id}", "POST /sources/{id}/archive",
                "GET /api/sources/{id}", "POST /api/sources",
                "POST /evidence", "GET /evidence/{id}/edit", "POST /evidence/{id}", "POST /evidence/{id}/unlink",
                "GET /api/claims/{claimId}/evidence", "POST /api/claims/{claimId}/evidence",
                "DELETE /api/claims/{claimId}/evidence/{linkId}",
                "POST /verdicts", "GET /verdicts/{id}", "POST /verdicts/{id}", "POST /verdicts/{id}/submit",
                "POST /verdicts/{id}/correct",
                "POST /api/claims/{claimId}/verdicts", "GET /api/verdicts/{id}", "PUT /api/verdicts/{id}",
                "GET /api/verdicts/{id}/markup-page", "GET /claimreview/import", "POST /claimreview/import",
                "POST /api/claimreview/import",
                "GET /search", "POST /api/quotes/verify",
                "GET /claims/{id}/quote-check", "POST /claims/{id}/quote-check",
                "POST /primary-sources/{id}/same-person", "POST /quote-checks/{id}/evidence",
                "POST /quote-checks/{id}/variants", "GET /primary-sources/new", "POST /primary-sources",
                "GET /api/claims/{claimId}/quote-checks", "POST /api/claims/{claimId}/quote-checks",
                "GET /transcripts/new", "POST /transcripts", "GET /monitor", "POST /monitor/decide",
                "POST /monitor/seen", "GET /watch", "GET /watch/{id}",
                "POST /api/verdicts/{id}/submit", "POST /api/verdicts/{id}/correct");
    }

    private static void rule(String who, String... routes) {
        for (String route : routes) {
            if (RULES.put(route, who) != null) {
                throw new IllegalStateException("Two rules for " + route);
            }
        }
    }

    @Test
    void everyRouteHasARuleAndEveryRuleARoute() {
        Set<String> routes = new TreeSet<>();
        Routes.all().forEach(route -> routes.add(route.key()));
        Set<String> unruled = new TreeSet<>(routes);
        unruled.removeAll(RULES.keySet());
        Set<String> stale = new TreeSet<>(RULES.keySet());
        stale.removeAll(routes);
        assertEquals(Set.of(), unruled, "routes without a rule in RouteRolesTest.RULES");
        assertEquals(Set.of(), stale, "rules for routes that no longer exist");
    }

    @Test
    void eachRoleGetsWhatTheTableSays() {
        Map<String, TestSession> sessions = new LinkedHashMap<>();
        Map<String, String> users = new LinkedHashMap<>();
        sessions.put("anonymous", TestSession.anonymous());
        for (Role role : Role.values()) {
            String username = TestSession.newAccount("route-" + role.key(), role);
            users.put(role.key(), username);
            sessions.put(role.key(), TestSession.signIn(username));
        }
        List<String> wrong = new ArrayList<>();
        // Signing out ends the sessions the other routes use, so it goes last.
        List<Routes.Route> routes = new ArrayList<>(Routes.all());
        routes.sort((a, b) -> Boolean.compare(a.key().equals("POST /logout"), b.key().equals("POST /logout")));
        for (Routes.Route route : routes) {
            Set<String> allowed = Set.of(RULES.get(route.key()).split(" "));
            for (var entry : sessions.entrySet()) {
                String who = entry.getKey();
                Response response = call(route, entry.getValue(), users.get(who));
                boolean denied = response.statusCode() == 401 || response.statusCode() == 403
                        || response.statusCode() == 302 && response.header("Location").endsWith("/login");
                if (denied == allowed.contains(who)) {
                    wrong.add(route.key() + " as " + who + ": " + response.statusCode()
                            + (allowed.contains(who) ? " (should be allowed)" : " (should be refused)"));
                }
                if (!denied || !who.equals("anonymous")) {
                    continue;
                }
                int expected = route.api() ? 401 : 302;
                if (response.statusCode() != expected) {
                    wrong.add(route.key() + " as anonymous: " + response.statusCode() + ", expected " + expected);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * A {@code ;} parameter in the first segment ({@code /admin;x/accounts}, {@code /api;x/claims}) must not
     * reach a route around its path rule (the API's HTTP Basic only): such addresses exist for nobody.
     */
    @Test
    void semicolonsInPathsReachNoRouteForAnyone() {
        Map<String, TestSession> sessions = new LinkedHashMap<>();
        Map<String, String> users = new LinkedHashMap<>();
        sessions.put("anonymous", TestSession.anonymous());
        for (Role role : Role.values()) {
            String username = TestSession.newAccount("semi-" + role.key(), role);
            users.put(role.key(), username);
            sessions.put(role.key(), TestSession.signIn(username));
        }
        List<String> wrong = new ArrayList<>();
        for (Routes.Route route : Routes.all()) {
            String path = route.path().replace("{unknown}", "no-such-page").replaceAll("\\{\\w+}", "999999999");
            int slash = path.indexOf('/', 1);
            String semicolon = slash < 0 ? path + ";x" : path.substring(0, slash) + ";x" + path.substring(slash);
            for (var entry : sessions.entrySet()) {
                String who = entry.getKey();
                // The session cookie and, for the API, HTTP Basic: whichever might sign in at this address.
                RequestSpecification request = entry.getValue().request().urlEncodingEnabled(false);
                if (users.containsKey(who)) {
                    request.auth().preemptive().basic(users.get(who), TestSession.password(users.get(who)));
                }
                int status = request.request(route.method(), semicolon).statusCode();
                if (status != 404) {
                    wrong.add(route.method() + " " + semicolon + " as " + who + ": " + status);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The route called with an id that does not exist and an empty body of the kind it takes. */
    private static Response call(Routes.Route route, TestSession session, String username) {
        String path = route.path().replace("{unknown}", "no-such-page").replaceAll("\\{\\w+}", "999999999");
        if (route.api()) {
            RequestSpecification request = username == null ? given().contentType("application/json")
                    : TestSession.api(username);
            if (route.consumes().equals("text/plain")) {
                request.contentType("text/plain; charset=utf-8").body("Lavrov said talks can begin.");
            } else if (!route.method().equals("GET") && !route.method().equals("DELETE")) {
                request.body("{}");
            }
            return request.redirects().follow(false).request(route.method(), path);
        }
        if (route.method().equals("GET")) {
            return session.get(path);
        }
        return route.consumes().equals("multipart/form-data") ? session.postMultipart(path, Map.of())
                : session.post(path, Map.of());
    }
}
