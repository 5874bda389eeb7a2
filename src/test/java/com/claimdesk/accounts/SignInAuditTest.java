package com.claimdesk.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SignInAuditTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theUserNameIsReadFromAnHttpBasicHeader() {
        assertEquals("ana", SignInAudit.basicUsername(basic("ana:secret:with:colons")));
        assertEquals("ana", SignInAudit.basicUsername(basic("ana:secret").replace("Basic", "basic")));
        assertEquals("Zoë", SignInAudit.basicUsername(basic("Zoë:pw")));
        assertEquals("", SignInAudit.basicUsername(basic(":pw")));
    }

    @Test
    void otherOrBrokenHeadersNameNobody() {
        assertNull(SignInAudit.basicUsername(null));
        assertNull(SignInAudit.basicUsername("Bearer abc.def"));
        assertNull(SignInAudit.basicUsername("Basic %%%not-base64"));
        assertNull(SignInAudit.basicUsername(basic("no-colon-here")));
    }

    @Test
    void ipv6AddressesAreShownInTheirShortForm() {
        assertEquals("::1", SignInAudit.shownAddress("0:0:0:0:0:0:0:1"));
        assertEquals("2001:db8::1", SignInAudit.shownAddress("2001:db8:0:0:0:0:0:1"));
        assertEquals("2001:db8:0:1:1:1:1:1", SignInAudit.shownAddress("2001:db8:0:1:1:1:1:1"));
        assertEquals("2001:0:0:1::1", SignInAudit.shownAddress("2001:0:0:1:0:0:0:1"));
        assertEquals("::", SignInAudit.shownAddress("0:0:0:0:0:0:0:0"));
        assertEquals("fe80::", SignInAudit.shownAddress("fe80:0:0:0:0:0:0:0"));
        assertEquals("127.0.0.1", SignInAudit.shownAddress("127.0.0.1"));
        assertEquals("::1", SignInAudit.shownAddress("::1"));
    }
}
