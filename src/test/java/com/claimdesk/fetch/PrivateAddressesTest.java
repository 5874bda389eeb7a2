package com.claimdesk.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses are the newsroom's own network (never fetched) and which are the public web. */
class PrivateAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "0.0.0.0", "10.0.0.1", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "169.254.169.254", "169.254.1.1", "100.64.0.1", "100.100.100.200", "224.0.0.1",
            "255.255.255.255", "240.0.0.1", "192.0.0.8", "198.18.0.1", "::", "::1", "fe80::1", "fd00::1",
            "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
            "64:ff9b::a00:1", "2002:7f00:1::", "2001:0:4136:e378::1", "fec0::1"})
    void theNewsroomsOwnNetworkIsRefused(String address) throws Exception {
        assertNotNull(PrivateAddresses.rangeOf(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "169.253.1.1", "11.0.0.1",
            "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8", "2002:808:808::"})
    void thePublicWebIsFetched(String address) throws Exception {
        assertNull(PrivateAddresses.rangeOf(InetAddress.getByName(address)), address);
    }

    @org.junit.jupiter.api.Test
    void theMetadataServiceIsNamed() throws Exception {
        assertEquals("cloud metadata service", PrivateAddresses.rangeOf(InetAddress.getByName("169.254.169.254")));
    }
}
