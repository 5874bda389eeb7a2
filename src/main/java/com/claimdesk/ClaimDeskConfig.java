package com.claimdesk;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ClaimDesk's own settings ({@code claimdesk.*}, or {@code CLAIMDESK_*} in the environment). */
@ConfigMapping(prefix = "claimdesk")
public interface ClaimDeskConfig {

    /** Creates the demo accounts and sample articles. Never in a real newsroom. */
    @WithDefault("false")
    boolean demo();

    /** Where the embedded PostgreSQL and the session key live; read before start-up by {@link LaunchSettings}. */
    @WithDefault("${user.home}/.claimdesk/data")
    String dataDir();

    /** Password of the first admin when no admin exists yet; without it a one-time password is printed. */
    Optional<String> adminPassword();

    /** Base of the public URLs: printed at start-up and used for canonical fact-check URLs in ClaimReview. */
    @WithDefault("http://localhost:${quarkus.http.port:8080}")
    String publicBaseUrl();

    /** The language of the fact-checks, as ClaimReview's inLanguage (BCP 47). */
    @WithDefault("en")
    String language();

    /** The organisation publishing the fact-checks. */
    Organisation organisation();

    interface Organisation {
        /** Its name, as ClaimReview's author and on every public page. */
        @WithDefault("ClaimDesk")
        String name();

        /** Its home page; the public base URL when not set. */
        Optional<String> url();

        /** Where readers find the corrections policy, linked from every fact-check. */
        Optional<String> correctionsPolicyUrl();
    }

    /** Limits on search, so that a flood of searches cannot take the database connections pages need. */
    SearchLimits search();

    interface SearchLimits {
        /** Searches running at once; each holds a connection for its dozen statements. Others wait briefly. */
        @WithDefault("4")
        int concurrent();

        /** How long one search statement may run before PostgreSQL cancels it. */
        @WithDefault("5S")
        Duration statementTimeout();
    }

    /** The background work that keeps pages from doing it on each request. */
    Jobs jobs();

    interface Jobs {
        /** How often similar claims are found for the claims recorded or reworded since ("off" in tests). */
        @WithDefault("2s")
        String similarClaimsEvery();

        /** How often the changes to the counts per status are folded together. */
        @WithDefault("60s")
        String statusCountsFoldEvery();
    }

    /** Watched feeds and ClaimReview subscriptions. */
    Watching watch();

    interface Watching {
        /**
         * How often the scheduler looks for watches due for a poll ("1m"); "off" stops it (the tests call the poll
         * themselves, so it reaches no network but their own).
         */
        @WithDefault("1m")
        String every();

        /** Time between two polls of one address while it answers; each failure in a row doubles it, up to a day. */
        @WithDefault("15M")
        Duration interval();

        /** New items one poll takes from a feed at most; the rest come with the next poll. */
        @WithDefault("20")
        int itemsPerPoll();
    }

    /** Fetching web pages by address (articles, feeds). */
    Fetch fetch();

    interface Fetch {
        /**
         * Host names or addresses that may be fetched although they are in the newsroom's own network (loopback,
         * private ranges): none by default. The test profile names its loopback test server.
         */
        Optional<List<String>> allowedHosts();
    }
}
