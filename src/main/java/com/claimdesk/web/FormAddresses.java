package com.claimdesk.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page addresses that only take a form's POST, and the page each form is on. A form refused with 400 leaves its
 * POST address in the address bar, the history and bookmarks; opening it again is a GET, which goes back to that
 * page (303) instead of "405 Not possible here". {@code FormAddressTest} fails for a POST page route missing here.
 */
final class FormAddresses {

    private record Back(Pattern address, String page) {
    }

    private static final List<Back> BACK = List.of(
            back("/verdicts", "/claims"), // started on a claim page, which the address does not name
            back("/verdicts/(\\d+)/(submit|request-changes|approve|publish|correct)", "/verdicts/$1"),
            back("/claims/(\\d+)/(status|same-as)", "/claims/$1"),
            back("/quote-checks/(\\d+)/(evidence|variants)", "/claims"), // the address names the check, not its claim
            back("/primary-sources", "/primary-sources/new"),
            back("/primary-sources/(\\d+)/same-person", "/sources/$1"),
            back("/evidence", "/claims"),
            back("/evidence/(\\d+)(/unlink)?", "/evidence/$1/edit"),
            back("/candidates/accept-all", "/articles"),
            back("/candidates/(\\d+)/(accept|merge|dismiss)", "/candidates/$1/edit"),
            back("/transcripts", "/transcripts/new"),
            back("/monitor/(decide|seen)", "/monitor"),
            back("/watch/(\\d+)/(poll|stop|resume)", "/watch/$1"),
            back("/admin/ratings/(\\d+)/(retire|delete)", "/admin/ratings"),
            back("/admin/accounts/(\\d+)/(roles|password|deactivate|reactivate)", "/admin/accounts/$1"),
            back("/logout", "/"));

    private FormAddresses() {
    }

    private static Back back(String address, String page) {
        return new Back(Pattern.compile(address), page);
    }

    /** The page whose form posts to {@code path}, if {@code path} is such an address. */
    static Optional<String> pageOf(String path) {
        for (Back back : BACK) {
            Matcher matcher = back.address().matcher(path);
            if (matcher.matches()) {
                return Optional.of(matcher.replaceFirst(back.page()));
            }
        }
        return Optional.empty();
    }
}
