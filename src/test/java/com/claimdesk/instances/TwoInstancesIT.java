package com.claimdesk.instances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.claimdesk.database.EmbeddedDatabase;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two instances of the packaged ClaimDesk on one PostgreSQL, as behind a load balancer: a session made on one
 * works on the other, what one records the other shows at once (counts included), the similar-claims job runs
 * on both without doing a claim twice, the review workflow crosses them, and a deactivated account is refused
 * by the other instance as soon as the change commits. The second reads the public list and the feeds through a
 * read replica's settings: here a read-only account on the same server, which only that reading uses.
 */
class TwoInstancesIT {

    private static final String READER = "claimdesk_reader";
    private static final String READER_PASSWORD = UUID.randomUUID().toString();

    private static Path folder;
    private static EmbeddedDatabase database;
    private static Instance first;
    private static Instance second;

    private record Instance(Process process, String base) {
        RequestSpecification request() {
            return given().baseUri(base).redirects().follow(false);
        }

        RequestSpecification api(String user) {
            return request().auth().preemptive().basic(user, user).contentType("application/json")
                    .accept("application/json");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory("claimdesk-two-instances");
        database = EmbeddedDatabase.start(folder.resolve("postgres"), EmbeddedDatabase.Durability.RELAXED_FOR_TESTS);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String sessionKey = Base64.getEncoder().encodeToString(key);
        // One after the other: the first creates the schema and the demo accounts, the second finds them.
        first = launch("first", sessionKey, Map.of());
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create role " + READER + " login password '" + READER_PASSWORD + "'");
            statement.execute("grant select on all tables in schema public to " + READER);
            statement.execute("alter role " + READER + " set default_transaction_read_only = on");
        }
        second = launch("second", sessionKey, Map.of("QUARKUS_DATASOURCE_REPLICA_JDBC_URL", database.jdbcUrl(),
                "QUARKUS_DATASOURCE_REPLICA_USERNAME", READER, "QUARKUS_DATASOURCE_REPLICA_PASSWORD",
                READER_PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null) {
                instance.process().destroy();
                instance.process().waitFor();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aNewsroomWorksAcrossBothInstances() throws Exception {
        // Signed in on the first, recognised on the second.
        Response signIn = first.request().formParam("j_username", "checker").formParam("j_password", "checker")
                .post("/j_security_check");
        Map<String, String> cookies = new HashMap<>(signIn.getCookies());
        assertTrue(cookies.containsKey("claimdesk-session"), "signed in on the first instance");
        second.request().cookies(cookies).get("/claims").then().statusCode(200)
                .body(containsString("checker"));

        // Recorded on one, seen and counted on the other at once.
        long newBefore = second.api("checker").get("/api/claims").then().statusCode(200).extract()
                .jsonPath().getLong("counts.NEW");
        String place = "Tarnwick" + UUID.randomUUID().toString().substring(0, 8);
        long older = record(first, "Rents in " + place + " doubled between 2019 and 2024");
        second.api("checker").get("/api/claims/" + older).then().statusCode(200);
        assertEquals(newBefore + 1, second.api("checker").get("/api/claims").then().extract().jsonPath()
                .getLong("counts.NEW"));

        // A claim recorded on the second joins the older one's kept list, by whichever instance's job.
        first.api("checker").get("/api/claims/" + older + "/similar").then().statusCode(200);
        long newer = record(second, "Rents in " + place + " have doubled since 2019");
        waitFor(() -> first.api("checker").get("/api/claims/" + older + "/similar").jsonPath()
                .getList("claimId", Long.class).contains(newer), "the new claim in the older one's list");
        assertEquals(1, count("select count(*) from similar_claim where claim_id = " + older + " and similar_id = "
                + newer), "placed once");

        // The review workflow, a step on each instance in turn.
        long evidence = first.api("checker").body(Map.of("source", Map.of("url", "https://stats.example.org/"
                + place, "title", "Rent index", "publisher", "Statistics office", "type", "PRIMARY_DOCUMENT"),
                "stance", "SUPPORTS", "excerpt", "Rents doubled"))
                .post("/api/claims/" + older + "/evidence").then().statusCode(201).extract().jsonPath().getLong("id");
        long rating = 1; // "True" on the scale every database starts with
        long verdict = second.api("checker").body(Map.of("ratingId", rating, "conclusion", "Rents doubled.",
                "explanation", "The statistics office's rent index.", "evidenceIds", List.of(evidence)))
                .post("/api/claims/" + older + "/verdicts").then().statusCode(201).extract().jsonPath().getLong("id");
        first.api("checker").body(Map.of()).post("/api/verdicts/" + verdict + "/submit").then().statusCode(200);
        second.api("editor").body(Map.of()).post("/api/verdicts/" + verdict + "/approve").then().statusCode(200);
        first.api("editor").body(Map.of()).post("/api/verdicts/" + verdict + "/publish").then().statusCode(200);
        second.request().get("/claimreview/feed.json").then().statusCode(200)
                .body(containsString("Rents in " + place + " doubled between 2019 and 2024"));
        second.request().get("/fact-checks").then().statusCode(200)
                .body(containsString("Rents in " + place + " doubled between 2019 and 2024"));
        assertTrue(count("select count(*) from pg_stat_activity where usename = '" + READER + "'") > 0,
                "the second instance read the feed and the list through its replica's account");

        // Deactivated on the first: refused by the second as soon as it commits, not a minute later.
        second.api("checker").get("/api/whoami").then().statusCode(200);
        Response admin = first.request().formParam("j_username", "admin").formParam("j_password", "admin")
                .post("/j_security_check");
        Map<String, String> adminCookies = new HashMap<>(admin.getCookies());
        adminCookies.putAll(first.request().cookies(adminCookies).get("/").getCookies());
        long[] account = account("checker");
        first.request().cookies(adminCookies).contentType("application/x-www-form-urlencoded")
                .formParam("version", account[1]).formParam("csrf-token", adminCookies.get("claimdesk-csrf"))
                .post("/admin/accounts/" + account[0] + "/deactivate").then().statusCode(303);
        waitFor(() -> second.api("checker").get("/api/whoami").statusCode() == 401,
                "the deactivated account refused by the other instance");
    }

    private static long record(Instance instance, String words) {
        return instance.api("checker").body(Map.of("statement", words, "claimReviewed", words,
                "claimant", "Housing Office", "claimantType", "ORGANISATION", "kind", "FIGURE",
                "appearance", Map.of("url", "https://news.example.org/" + UUID.randomUUID())))
                .post("/api/claims").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long[] account(String username) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select id, version from app_user where username = '" + username + "'")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not within 20 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static Instance launch(String name, String sessionKey, Map<String, String> settings) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", "target/quarkus-app/quarkus-run.jar");
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("CLAIMDESK_DATA_DIR", folder.resolve(name).toString());
        env.put("CLAIMDESK_DEMO", "true");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", sessionKey);
        env.put("CLAIMDESK_JOBS_SIMILAR_CLAIMS_EVERY", "1s");
        env.putAll(settings);
        builder.redirectErrorStream(true).redirectOutput(folder.resolve(name + ".log").toFile());
        Instance instance = new Instance(builder.start(), "http://127.0.0.1:" + port);
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until) && instance.process().isAlive()) {
            try {
                if (instance.request().get("/q/health/ready").statusCode() == 200) {
                    return instance;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The " + name + " instance did not start: "
                + Files.readString(folder.resolve(name + ".log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
