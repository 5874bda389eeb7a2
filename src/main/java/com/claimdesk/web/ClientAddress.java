package com.claimdesk.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address of the person behind a request, for sign-in throttling and the audit log. Behind a trusted
 * reverse proxy it is the rightmost {@code X-Forwarded-For} entry that is not itself a trusted proxy: that
 * is the one our proxy wrote. Everything to its left came from the client, who can write anything there.
 * Quarkus' own {@code remoteAddress()} believes the leftmost entry, so it is not used for this.
 * Plain rules, no framework.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private record Range(byte[] network, int prefix) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted = new ArrayList<>();

    /** {@code trustedProxies} as in {@code quarkus.http.proxy.trusted-proxies}: addresses or CIDR ranges. */
    public ClientAddress(List<String> trustedProxies) {
        for (String entry : trustedProxies) {
            String[] parts = entry.strip().split("/", 2);
            literal(parts[0]).ifPresent(network -> trusted.add(new Range(network.getAddress(),
                    parts.length == 2 ? Integer.parseInt(parts[1]) : network.getAddress().length * 8)));
        }
    }

    /** The client's address, as text, or "an unknown address". */
    public String of(HttpServerRequest request) {
        SocketAddress peer = request.connection() == null ? null : request.connection().remoteAddress();
        return pick(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    /** From the connection's peer and the {@code X-Forwarded-For} headers, in the order they came. */
    String pick(String peer, List<String> forwardedFor) {
        if (peer == null) {
            return "an unknown address";
        }
        if (!trusted(peer)) {
            return peer; // not our proxy: what it forwards is not believed
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hostOf(hop.strip()));
                }
            }
        });
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                return literal(hops.get(i)).isPresent() ? hops.get(i) : peer; // garbage is not an address
            }
        }
        // Only proxies of our own: the reader sits on one of them.
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean trusted(String address) {
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    /** "[::1]:8080" → "::1", "192.0.2.1:443" → "192.0.2.1". */
    private static String hostOf(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** An IP address written out; never a host name, whose look-up would stall the I/O thread. */
    private static Optional<InetAddress> literal(String text) {
        String candidate = text.toLowerCase(Locale.ROOT);
        int zone = candidate.indexOf('%');
        if (zone >= 0) {
            candidate = candidate.substring(0, zone);
        }
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
