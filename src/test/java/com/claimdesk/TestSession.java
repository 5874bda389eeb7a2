package com.claimdesk;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.claimdesk.accounts.Account;
import com.claimdesk.accounts.Role;
import com.claimdesk.audit.AuditEntry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A person using the pages: signed in through the real login form, carrying the session and CSRF cookies
 * the way a browser does.
 */
public final class TestSession {

    public static final String CSRF_COOKIE = "claimdesk-csrf";
    public static final String SESSION_COOKIE = "claimdesk-session";
    /** Where a script sends the CSRF token, whatever its body. */
    public static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final Map<String, String> cookies = new HashMap<>();
    public final String username;

    private TestSession(String username) {
        this.username = username;
    }

    /** Creates an account with a unique name and the given roles, and returns its user name. */
    public static String newAccount(String prefix, Role... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(
                () -> Account.create(username, "Test " + prefix, password(username), Set.of(roles)));
        return username;
    }

    public static String password(String username) {
        return "Pw-" + username + "-7x!";
    }

    /** A new account with these roles, signed in. */
    public static TestSession signedIn(String prefix, Role... roles) {
        return signIn(newAccount(prefix, roles));
    }

    public static TestSession signIn(String username) {
        TestSession session = new TestSession(username);
        long signInsBefore = signIns(username);
        Response response = fresh().redirects().follow(false)
                .formParam("j_username", username)
                .formParam("j_password", password(username))
                .post("/j_security_check");
        String cookie = response.getCookie(SESSION_COOKIE);
        if (cookie == null) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + response.statusLine());
        }
        // The session cookie and its generation (Sessions), as a browser keeps them.
        session.cookies.putAll(response.getCookies());
        // The sign-in is audited off the request thread; wait for it, so that it never lands inside a test's
        // measurement (statement counts, database fingerprints).
        for (int i = 0; i < 100 && signIns(username) == signInsBefore; i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return session;
    }

    /** Counted in a transaction of its own, so that the test thread holds no connection afterwards. */
    private static long signIns(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("actor = ?1 and action = ?2", username, "account.signed-in"));
    }

    /** JSON API requests as {@code username}, with HTTP Basic credentials. */
    public static RequestSpecification api(String username) {
        return fresh().auth().preemptive().basic(username, password(username))
                .contentType("application/json").accept("application/json");
    }

    /**
     * A request whose connection the server closes once it has answered. RestAssured opens a connection per
     * request and leaves it idle, open until the server's 30 s idle timeout: a test sending a thousand requests
     * in a few seconds (HostileInputTest) could fill the server's 2,000 connections, and the next tests were
     * refused.
     */
    private static RequestSpecification fresh() {
        return given().header("Connection", "close");
    }

    public static TestSession anonymous() {
        return new TestSession(null);
    }

    /** The CSRF token a page of this session carries (read from the cookie the first page sets). */
    public String csrfToken() {
        if (!cookies.containsKey(CSRF_COOKIE)) {
            get("/");
        }
        return cookies.get(CSRF_COOKIE);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public RequestSpecification request() {
        return fresh().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        Response response = request().get(path);
        keepCookies(response);
        return response;
    }

    /** Posts a form with the CSRF token a page would have carried. */
    public Response post(String path, Map<String, ?> form) {
        Map<String, Object> withToken = withToken(form);
        return postWithoutToken(path, withToken);
    }

    public Response postWithoutToken(String path, Map<String, ?> form) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> request.formParam(name, v));
            } else {
                request.formParam(name, value);
            }
        });
        Response response = request.post(path);
        keepCookies(response);
        return response;
    }

    /** Posts a multipart form without a file, as a page with an empty file field sends it. */
    public Response postMultipart(String path, Map<String, String> fields) {
        return postMultipart(path, fields, null, null, null, null);
    }

    /** Posts a multipart form, as a page with a file field sends it, with the CSRF token. */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] file, String fileType) {
        Map<String, Object> withToken = withToken(fields);
        RequestSpecification request = request().contentType("multipart/form-data");
        withToken.forEach((name, value) -> request.multiPart(
                new MultiPartSpecBuilder(String.valueOf(value)).controlName(name).emptyFileName()
                        .mimeType("text/plain").charset("UTF-8").build()));
        if (file != null) {
            request.multiPart(fileField, fileName, file, fileType);
        }
        Response response = request.post(path);
        keepCookies(response);
        return response;
    }

    private Map<String, Object> withToken(Map<String, ?> form) {
        Map<String, Object> withToken = new HashMap<>(form);
        withToken.put("csrf-token", csrfToken());
        return withToken;
    }

    private void keepCookies(Response response) {
        response.getCookies().forEach((name, value) -> {
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        });
    }
}
