package com.claimdesk.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A web site on a loopback address for tests that fetch pages: {@link #HOST} is the one loopback address the test
 * profile allows ({@code claimdesk.fetch.allowed-hosts}). Pages are added by path; each request is counted, so a
 * test can show that nothing was fetched. A page served with an ETag answers 304 to a request that has it.
 */
public final class TestSite implements AutoCloseable {

    public static final String HOST = "127.0.0.2";

    /** One answer: status, headers and body. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private TestSite(String host) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try (exchange) {
                HttpHandler handler = handlers.get(path);
                if (handler == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException e) {
                // The client hung up (a page refused as too big): nothing to answer.
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    /** A site on {@link #HOST}, which the test profile allows. */
    public static TestSite start() {
        return new TestSite(HOST);
    }

    /** A site on another address, e.g. 127.0.0.1, to show that a refused address is never requested. */
    public static TestSite startOn(String host) {
        return new TestSite(host);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of {@code path} on this site, e.g. {@code url("/news/1")}. */
    public String url(String path) {
        String host = server.getAddress().getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + path;
    }

    /** How many requests {@code path} has had. */
    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    public int requests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public TestSite handle(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    public TestSite serve(String path, Answer answer) {
        return handle(path, exchange -> {
            String etag = answer.headers().get("ETag");
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, answer.status(), answer.body());
        });
    }

    public TestSite page(String path, String contentType, byte[] body) {
        return serve(path, new Answer(200, Map.of("Content-Type", contentType), body));
    }

    public TestSite html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite redirect(String path, String location) {
        return serve(path, new Answer(302, Map.of("Location", location), new byte[0]));
    }

    /** Sends a body with its length, or chunked when {@code chunked} (no Content-Length to go by). */
    public static void send(HttpExchange exchange, int status, byte[] body, boolean chunked) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : chunked ? 0 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        send(exchange, status, body, false);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
