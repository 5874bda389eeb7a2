package com.claimdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress addresses = new ClientAddress(List.of("127.0.0.0/8", "::1/128"));

    @Test
    void behindOurProxyTheRightmostUntrustedHopCounts() {
        assertEquals("203.0.113.9", addresses.pick("127.0.0.1", List.of("198.51.100.7, 203.0.113.9")));
        assertEquals("203.0.113.9", addresses.pick("::1", List.of("1.2.3.4", "203.0.113.9, 127.0.0.1")));
        assertEquals("2001:db8::5", addresses.pick("127.0.0.1", List.of("[2001:db8::5]:4711")));
        assertEquals("203.0.113.9", addresses.pick("127.0.0.1", List.of("203.0.113.9:51000")));
    }

    @Test
    void aPeerThatIsNotOurProxyIsTheAddressWhateverItForwards() {
        assertEquals("198.51.100.20", addresses.pick("198.51.100.20", List.of("203.0.113.9")));
    }

    @Test
    void withoutForwardingOrWithGarbageThePeerCounts() {
        assertEquals("127.0.0.1", addresses.pick("127.0.0.1", List.of()));
        assertEquals("127.0.0.1", addresses.pick("127.0.0.1", List.of("1.2.3.4, example.org")));
        assertEquals("127.0.0.5", addresses.pick("127.0.0.1", List.of("127.0.0.5")));
    }
}
