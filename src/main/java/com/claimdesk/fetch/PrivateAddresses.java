package com.claimdesk.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Addresses a page on the public web never has: the newsroom's own machines and network, and the cloud's
 * metadata service. A site name resolving to one of them, or redirecting to one, is not fetched (server-side
 * request forgery).
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    /** What kind of non-public range holds the address ("loopback", "private network", …), or null if public. */
    static String rangeOf(InetAddress address) {
        if (address instanceof Inet4Address) {
            return rangeOfV4(address.getAddress());
        }
        byte[] b = address.getAddress();
        Inet6Address v6 = (Inet6Address) address;
        if (v6.isAnyLocalAddress()) {
            return "unspecified address";
        }
        if (v6.isLoopbackAddress()) {
            return "loopback";
        }
        if (v6.isLinkLocalAddress()) {
            return "link-local network";
        }
        if (v6.isSiteLocalAddress()) {
            return "private network (site-local)";
        }
        if ((b[0] & 0xFE) == 0xFC) {
            return "private network (unique local)";
        }
        if ((b[0] & 0xFF) == 0xFF) {
            return "multicast";
        }
        // IPv4 carried inside IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d) reaches
        // the IPv4 address it carries.
        if (zero(b, 0, 10) && ((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF || zero(b, 10, 12))) {
            return embedded(b, 12);
        }
        if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && zero(b, 4, 12)) {
            return embedded(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return embedded(b, 2); // 6to4: 2002:a.b.c.d::/48
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) {
            return "tunnel (Teredo)"; // carries an obscured IPv4 address and port
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && (b[3] & 0xFF) == 0xB8) {
            return "documentation range";
        }
        if (b[0] == 0x01 && b[1] == 0x00 && zero(b, 2, 8)) {
            return "discard range";
        }
        return null;
    }

    private static String rangeOfV4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 0) {
            return "unspecified address";
        }
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 10 || a0 == 172 && (a1 & 0xF0) == 16 || a0 == 192 && a1 == 168) {
            return "private network";
        }
        if (a0 == 169 && a1 == 254) {
            return a2 == 169 && (b[3] & 0xFF) == 254 ? "cloud metadata service" : "link-local network";
        }
        if (a0 == 100 && (a1 & 0xC0) == 64) {
            return "carrier-grade NAT"; // also Alibaba Cloud's metadata service, 100.100.100.200
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return "protocol assignments";
        }
        if (a0 == 198 && (a1 & 0xFE) == 18) {
            return "benchmarking network";
        }
        if (a0 == 192 && a1 == 0 && a2 == 2 || a0 == 198 && a1 == 51 && a2 == 100 || a0 == 203 && a1 == 0 && a2 == 113) {
            return "documentation range";
        }
        if (a0 >= 224 && a0 <= 239) {
            return "multicast";
        }
        if (a0 >= 240) {
            return "reserved range"; // 255.255.255.255 (broadcast) included
        }
        return null;
    }

    private static String embedded(byte[] b, int from) {
        return rangeOfV4(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
