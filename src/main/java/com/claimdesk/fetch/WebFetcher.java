package com.claimdesk.fetch;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.claimdesk.ClaimDeskConfig;
import com.claimdesk.audit.AuditLog;
import com.claimdesk.fetch.FetchRefused.Reason;
import com.claimdesk.sources.UrlNormalizer;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Fetches a web page by its address for the newsroom (an article, a feed), never a machine of the newsroom's own:
 * the site name is resolved once, every address it resolves to is checked against {@link PrivateAddresses}, and
 * the connection goes to the address checked (so a second, different DNS answer cannot slip in between: no DNS
 * rebinding). Redirects are followed here, up to {@link #MAX_REDIRECTS}, each checked the same way. A page is
 * read up to {@link #MAX_BYTES}, within {@link #TOTAL_TIMEOUT} for all of it.
 *
 * <p>Blocking: call from a worker thread (a page handler, a background job), never from the event loop.
 */
@ApplicationScoped
public class WebFetcher {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(20);

    /** Who fetched, in the audit log, when no person asked (a feed's schedule). */
    public static final String SYSTEM_ACTOR = "(ClaimDesk)";

    private static final String USER_AGENT = "ClaimDesk/0.1 (fact-checking; +https://github.com/claimdesk)";

    /** Resolves a site name to its addresses: the system's DNS, or a fixed table in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    @Inject
    Vertx vertx;

    @Inject
    AuditLog audit;

    @Inject
    ClaimDeskConfig config;

    private Resolver resolver = InetAddress::getAllByName;
    private Set<String> allowedHosts = Set.of();
    private volatile HttpClient client;

    @PostConstruct
    void readSettings() {
        allowedHosts = hostSet(config.fetch().allowedHosts().orElse(List.of()));
    }

    /** A fetcher of its own resolving names with {@code resolver} and allowing {@code allowed}: for tests. */
    static WebFetcher with(Vertx vertx, AuditLog audit, Resolver resolver, List<String> allowed) {
        WebFetcher fetcher = new WebFetcher();
        fetcher.vertx = vertx;
        fetcher.audit = audit;
        fetcher.resolver = resolver;
        fetcher.allowedHosts = hostSet(allowed);
        return fetcher;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** Fetches for no one in particular (scheduled work); refusals are audited as {@link #SYSTEM_ACTOR}'s. */
    public Fetched fetch(String address, Conditions conditions) throws FetchRefused {
        return fetch(address, conditions, SYSTEM_ACTOR);
    }

    /**
     * The page at {@code address} (200), or 304 with an empty body when {@code conditions} held. Refused, with a
     * message for the person who gave the address, when the address is not a public web page or the site fails.
     */
    public Fetched fetch(String address, Conditions conditions, String actor) throws FetchRefused {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("Fetching waits for the network: call it from a worker thread");
        }
        Conditions asked = conditions == null ? Conditions.NONE : conditions;
        long deadline = System.nanoTime() + TOTAL_TIMEOUT.toNanos();
        URI uri = parse(address);
        for (int redirects = 0;; redirects++) {
            InetAddress checked = checkedAddress(uri, actor);
            Answer answer = send(uri, checked, asked, deadline);
            if (answer.location() == null) {
                return answer.fetched(uri, asked);
            }
            if (redirects == MAX_REDIRECTS) {
                throw new FetchRefused(Reason.TOO_MANY_REDIRECTS, "The page at " + address + " redirected more than "
                        + MAX_REDIRECTS + " times; open it in a browser and give the address it ends at.");
            }
            uri = parse(redirectTarget(uri, answer.location()));
        }
    }

    private static URI parse(String address) throws FetchRefused {
        try {
            return URI.create(UrlNormalizer.normalize(address));
        } catch (UrlNormalizer.Refused e) {
            throw new FetchRefused(Reason.BAD_ADDRESS, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new FetchRefused(Reason.BAD_ADDRESS, "This is not a valid web address.");
        }
    }

    private static String redirectTarget(URI from, String location) throws FetchRefused {
        try {
            return from.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new FetchRefused(Reason.BAD_ADDRESS, "The site redirected to an address that is not valid.");
        }
    }

    /**
     * The address to connect to: the site name resolved once, all its addresses public (or the host allowed by
     * the setting). The connection is made to this very address.
     */
    private InetAddress checkedAddress(URI uri, String actor) throws FetchRefused {
        String host = bare(uri.getHost());
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchRefused(Reason.UNREACHABLE, "No site is known by the name " + host + ".");
        }
        if (addresses.length == 0) {
            throw new FetchRefused(Reason.UNREACHABLE, "No site is known by the name " + host + ".");
        }
        if (!allowed(host)) {
            for (InetAddress address : addresses) {
                String range = PrivateAddresses.rangeOf(address);
                if (range != null) {
                    refuse(uri, address, range, actor);
                }
            }
        }
        return addresses[0];
    }

    private void refuse(URI uri, InetAddress address, String range, String actor) throws FetchRefused {
        String shown = address.getHostAddress();
        // Audited in a transaction of its own: the caller's may well roll back on this refusal.
        QuarkusTransaction.requiringNew().run(() -> audit.record(actor, "fetch.refused", "address", 0, null,
                "Refused to fetch " + uri + ": it leads to " + shown + " (" + range + ")", null,
                Map.of("address", uri.toString(), "resolvedTo", shown, "range", range)));
        throw new FetchRefused(Reason.PRIVATE_NETWORK, "ClaimDesk does not fetch " + uri + ": it leads to an address "
                + "in the newsroom's own network (" + range + "), not to a public web page.");
    }

    private boolean allowed(String host) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    private static Set<String> hostSet(List<String> hosts) {
        return hosts.stream().map(String::strip).filter(h -> !h.isEmpty()).map(h -> bare(h).toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** An IPv6 address without the brackets a web address writes around it. */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** What one request came back with: a redirect's location, or the page. */
    private record Answer(int status, String location, MultiMap headers, byte[] body) {

        Fetched fetched(URI uri, Conditions asked) {
            String contentType = headers.get("Content-Type");
            String etag = headers.get("ETag");
            String lastModified = headers.get("Last-Modified");
            if (status == 304) {
                return new Fetched(uri, 304, contentType, new byte[0], null, etag != null ? etag : asked.etag(),
                        lastModified != null ? lastModified : asked.lastModified(), Instant.now());
            }
            return new Fetched(uri, 200, contentType, body, PageCharset.of(contentType, body), etag, lastModified,
                    Instant.now());
        }
    }

    private Answer send(URI uri, InetAddress checked, Conditions asked, long deadline) throws FetchRefused {
        boolean https = uri.getScheme().equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        long remainingMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(checked, port)))
                .setHost(bare(uri.getHost()))
                .setPort(port)
                .setSsl(https)
                .setURI(path)
                .setFollowRedirects(false)
                .setIdleTimeout(remainingMillis)
                .putHeader("User-Agent", USER_AGENT)
                .putHeader("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5");
        if (asked.etag() != null) {
            options.putHeader("If-None-Match", asked.etag());
        }
        if (asked.lastModified() != null) {
            options.putHeader("If-Modified-Since", asked.lastModified());
        }
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        client().request(options).onComplete(opened -> {
            if (opened.failed()) {
                answer.completeExceptionally(opened.cause());
                return;
            }
            HttpClientRequest request = opened.result();
            answer.whenComplete((done, failed) -> {
                if (failed != null) {
                    request.reset(); // given up on (too slow, too big): close the connection
                }
            });
            request.send().onComplete(sent -> {
                if (sent.failed()) {
                    answer.completeExceptionally(sent.cause());
                } else {
                    read(sent.result(), uri, answer);
                }
            });
        });
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.completeExceptionally(e);
            throw tooSlow(uri);
        } catch (InterruptedException e) {
            answer.completeExceptionally(e);
            Thread.currentThread().interrupt();
            throw new FetchRefused(Reason.UNREACHABLE, "Fetching " + uri + " was stopped.");
        } catch (ExecutionException e) {
            throw refusal(uri, e.getCause());
        }
    }

    private static void read(HttpClientResponse response, URI uri, CompletableFuture<Answer> answer) {
        int status = response.statusCode();
        MultiMap headers = response.headers();
        // Once the answer is known, the rest is not read: resetting the stream is expected, not an error to log.
        response.exceptionHandler(failure -> answer.completeExceptionally(failure));
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            String location = response.getHeader("Location");
            if (location == null || location.isBlank()) {
                answer.completeExceptionally(new FetchRefused(Reason.HTTP_STATUS,
                        "The site answered " + uri + " with a redirect that leads nowhere."));
            } else {
                answer.complete(new Answer(status, location, headers, null));
            }
            response.request().reset();
            return;
        }
        if (status == 304) {
            answer.complete(new Answer(status, null, headers, new byte[0]));
            response.request().reset();
            return;
        }
        if (status != 200) {
            answer.completeExceptionally(new FetchRefused(Reason.HTTP_STATUS, statusMessage(uri, status)));
            response.request().reset();
            return;
        }
        String length = response.getHeader("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > MAX_BYTES) {
            answer.completeExceptionally(tooBig(uri));
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (answer.isDone()) {
                return;
            }
            if (body.length() + chunk.length() > MAX_BYTES) {
                answer.completeExceptionally(tooBig(uri)); // stops reading: the connection is closed
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.endHandler(ended -> answer.complete(new Answer(status, null, headers, body.getBytes())));
    }

    private static String statusMessage(URI uri, int status) {
        String meaning = switch (status) {
            case 401, 403 -> " (the page is closed to ClaimDesk: behind a sign-in or a paywall?)";
            case 404, 410 -> " (no such page)";
            case 429 -> " (the site asks for fewer requests; try again later)";
            default -> status >= 500 ? " (a fault at the site; try again later)" : "";
        };
        return "The site answered " + uri + " with HTTP status " + status + meaning + ".";
    }

    private static FetchRefused tooBig(URI uri) {
        return new FetchRefused(Reason.TOO_BIG, "The page at " + uri + " is larger than "
                + MAX_BYTES / (1024 * 1024) + " MB, which no article needs; ClaimDesk stopped reading it.");
    }

    private static FetchRefused tooSlow(URI uri) {
        return new FetchRefused(Reason.TOO_SLOW, "The site at " + uri + " did not send its page within "
                + TOTAL_TIMEOUT.toSeconds() + " seconds.");
    }

    private static FetchRefused refusal(URI uri, Throwable cause) {
        if (cause instanceof FetchRefused refused) {
            return refused;
        }
        if (cause instanceof ConnectTimeoutException) {
            return new FetchRefused(Reason.TOO_SLOW, "The site at " + uri + " did not answer within "
                    + CONNECT_TIMEOUT.toSeconds() + " seconds.");
        }
        if (cause instanceof TimeoutException) {
            return tooSlow(uri);
        }
        if (cause instanceof ConnectException) {
            return new FetchRefused(Reason.UNREACHABLE, "The site at " + uri + " refused the connection.");
        }
        if (cause instanceof SSLException) {
            return new FetchRefused(Reason.UNREACHABLE, "No secure connection could be made to " + uri
                    + " (its certificate was not accepted).");
        }
        return new FetchRefused(Reason.UNREACHABLE, "The connection to " + uri + " broke off before the page "
                + "arrived.");
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                if (client == null) {
                    // Keep-alive off: every request opens its connection to the address just checked.
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                            .setKeepAlive(false)
                            .setForceSni(true)
                            .setVerifyHost(true)
                            .setDecompressionSupported(false)
                            .setMaxPoolSize(16));
                }
                made = client;
            }
        }
        return made;
    }
}
