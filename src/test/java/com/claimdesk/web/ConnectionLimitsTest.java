package com.claimdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that opens a connection and never finishes its request is cut off after the idle timeout, so
 * half-open connections cannot pile up until the server runs out of file descriptors. The setting as shipped
 * (30 s) is what is tested; Quarkus's own default (30 minutes) would leave the socket open past the read limit.
 */
@QuarkusTest
class ConnectionLimitsTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aConnectionThatStopsHalfwayThroughItsRequestLineIsClosed() throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write("GET /q/health/li".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();

            assertEquals(-1, in.read(), "the server closes the connection without answering");
        }
    }
}
