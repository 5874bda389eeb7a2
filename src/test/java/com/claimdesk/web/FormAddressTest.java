package com.claimdesk.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A form refused with 400 leaves its POST address in the browser's address bar, history and bookmarks. Opening
 * that address later is a GET: for every page address that only takes POST, it must lead back to a page (303 to a
 * GET route of the application), never to "405 Not possible here". A new POST page route without a way back fails
 * here.
 */
@QuarkusTest
class FormAddressTest {

    @Test
    void aGetOnEveryPostOnlyPageAddressGoesBackToAPage() {
        List<Routes.Route> routes = Routes.all();
        Set<String> getPaths = new TreeSet<>();
        routes.stream().filter(route -> route.method().equals("GET")).forEach(route -> getPaths.add(route.path()));
        // The catch-all 404 page matches every address; it is no page to go back to.
        getPaths.remove("/{unknown}");
        List<Pattern> pages = getPaths.stream().map(FormAddressTest::pattern).toList();
        List<Routes.Route> postOnly = routes.stream()
                .filter(route -> route.method().equals("POST") && !route.api() && !getPaths.contains(route.path()))
                .toList();
        assertFalse(postOnly.isEmpty(), "no POST-only page addresses found");

        TestSession session = TestSession.signedIn("form-address", Role.CHECKER, Role.EDITOR, Role.ADMIN);
        List<String> wrong = new ArrayList<>();
        for (Routes.Route route : postOnly) {
            String address = route.path().replaceAll("\\{\\w+}", "4242");
            Response response = session.get(address);
            String location = response.header("Location");
            String target = location == null ? "" : URI.create(location).getPath();
            if (response.statusCode() != 303) {
                wrong.add("GET " + address + " (" + route.key() + "): " + response.statusCode() + ", expected 303");
            } else if (pages.stream().noneMatch(page -> page.matcher(target).matches())) {
                wrong.add("GET " + address + " (" + route.key() + "): 303 to " + location + ", which is no page");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** "/verdicts/{id}" as a pattern matching "/verdicts/4242". */
    private static Pattern pattern(String path) {
        return Pattern.compile(Arrays.stream(path.split("\\{\\w+}", -1)).map(Pattern::quote)
                .collect(Collectors.joining("[^/]+")));
    }
}
