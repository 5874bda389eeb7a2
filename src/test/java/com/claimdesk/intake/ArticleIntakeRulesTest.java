package com.claimdesk.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.claimdesk.web.FormErrors;

/** The plain rules of bringing an article in by address: canonical address, publication date, address lists. */
class ArticleIntakeRulesTest {

    private static final URI FETCHED = URI.create("https://www.example.org/news/2024/pier?utm_source=x");

    @Test
    void theCanonicalLinkIsReadAgainstTheAddressFetchedAndNormalised() {
        assertEquals("https://www.example.org/news/pier", ArticleIntake.canonical(FETCHED, "/news/pier/"));
        assertEquals("https://example.org/a", ArticleIntake.canonical(FETCHED, "HTTPS://Example.org:443/a#top"));
    }

    @Test
    void withoutAUsableCanonicalLinkTheAddressFetchedStands() {
        assertEquals("https://www.example.org/news/2024/pier", ArticleIntake.canonical(FETCHED, null));
        assertEquals("https://www.example.org/news/2024/pier", ArticleIntake.canonical(FETCHED, "javascript:x()"));
        assertEquals("https://www.example.org/news/2024/pier", ArticleIntake.canonical(FETCHED, "http://[bad"));
    }

    @Test
    void thePublicationDateIsTheDayOfTheTimestamp() {
        assertEquals("2024-03-05", ArticleIntake.pastDate("2024-03-05T23:30:00+01:00"));
        assertEquals("2024-03-05", ArticleIntake.pastDate(" 2024-03-05 "));
        assertNull(ArticleIntake.pastDate("March 5, 2024"));
        assertNull(ArticleIntake.pastDate("2024-13-45"));
        assertNull(ArticleIntake.pastDate(LocalDate.now().plusDays(2).toString()));
        assertNull(ArticleIntake.pastDate(null));
    }

    @Test
    void aListIsOneAddressPerLineWithBlankLinesSkipped() {
        FormErrors errors = FormErrors.none();
        assertEquals(java.util.List.of("https://a.example/1", "https://b.example/2"),
                AddressImports.addresses("  https://a.example/1 \r\n\n\thttps://b.example/2\n", errors));
        assertEquals(false, errors.any());
    }

    @Test
    void aLineLongerThanAnyAddressIsRefusedByItsNumber() {
        FormErrors errors = FormErrors.none();
        assertNull(AddressImports.addresses("https://a.example/\n\nhttps://b.example/" + "x".repeat(2100), errors));
        assertEquals("Line 3 is longer than 2048 characters, which no web address needs.", errors.get("addresses"));
    }
}
