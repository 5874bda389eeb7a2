package com.claimdesk.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.nato.int/cps/en/natohq/news.htm | https://www.nato.int/cps/en/natohq/news.htm",
            "HTTPS://WWW.NATO.INT/cps/EN/Page | https://www.nato.int/cps/EN/Page",
            "https://example.org | https://example.org/",
            "https://example.org/ | https://example.org/",
            "https://example.org/report/ | https://example.org/report",
            "https://example.org/report// | https://example.org/report",
            "http://example.org:80/a | http://example.org/a",
            "https://example.org:443/a | https://example.org/a",
            "https://example.org:8443/a | https://example.org:8443/a",
            "http://example.org:443/a | http://example.org:443/a",
            "https://example.org/a#section-2 | https://example.org/a",
            "https://example.org/a?utm_source=twitter&utm_medium=social | https://example.org/a",
            "https://example.org/a?id=7&fbclid=IwAR0abc | https://example.org/a?id=7",
            "https://example.org/a?gclid=x&page=2&UTM_Campaign=y | https://example.org/a?page=2",
            "https://example.org/a/./b/../c | https://example.org/a/c",
            "https://example.org/caf%c3%a9 | https://example.org/caf%C3%A9",
            "https://münchen.de/rathaus | https://xn--mnchen-3ya.de/rathaus",
            "https://XN--MNCHEN-3YA.DE/rathaus | https://xn--mnchen-3ya.de/rathaus",
            "https://bücher.example/ | https://xn--bcher-kva.example/",
            "https://example.org./a | https://example.org/a",
            "  https://example.org/a  | https://example.org/a",
            "https://example.org/a? | https://example.org/a",
    })
    void normalises(String typed, String expected) throws UrlNormalizer.Refused {
        assertEquals(expected, UrlNormalizer.normalize(typed));
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource(delimiter = '|', value = {
            "javascript:alert(1) | http:// or https://",
            "data:text/html;base64,PHNjcmlwdD4= | http:// or https://",
            "ftp://example.org/file | http:// or https://",
            "example.org/no-scheme | http:// or https://",
            "https:///no-host | site name",
            "https://user:secret@example.org/ | user names and passwords",
            "https://exa mple.org/ | not a valid web address",
            "http://user:pw@bücher.de/x | user names and passwords",
    })
    void refuses(String typed, String reason) {
        UrlNormalizer.Refused refused = assertThrows(UrlNormalizer.Refused.class, () -> UrlNormalizer.normalize(typed));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void aNonAsciiSiteNameKeepsItsPort() throws UrlNormalizer.Refused {
        assertEquals("http://xn--bcher-kva.de:8080/x", UrlNormalizer.normalize("http://bücher.de:8080/x"));
        assertEquals("https://xn--bcher-kva.de/x?a=1", UrlNormalizer.normalize("https://Bücher.de:443/x?a=1#top"));
    }

    @Test
    void anAddressLongerThanTheDatabaseKeepsIsRefused() {
        String longest = "https://example.org/" + "a".repeat(2048 - "https://example.org/".length());
        assertDoesNotThrow(() -> UrlNormalizer.normalize(longest));
        UrlNormalizer.Refused refused = assertThrows(UrlNormalizer.Refused.class,
                () -> UrlNormalizer.normalize(longest + "b"));
        assertTrue(refused.getMessage().contains("at most 2048"), refused.getMessage());
    }

    @Test
    void theSamePageTypedTwoWaysIsRecognised() throws UrlNormalizer.Refused {
        assertEquals(UrlNormalizer.normalize("https://Example.org:443/a/?utm_source=x#top"),
                UrlNormalizer.normalize("https://example.org/a"));
    }
}
