package com.claimdesk.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class JsonLdTest {

    @ParameterizedTest
    @ValueSource(strings = {"</script><script>alert(1)</script>", "<!-- comment", "a & b > c", "line\u2028break",
            "</SCRIPT >", "<![CDATA[x]]>"})
    void scriptTextCannotEndTheScriptAndStillReadsTheSame(String claim) throws Exception {
        String safe = JsonLd.forScript(Map.of("claimReviewed", claim)).toString();
        assertFalse(safe.contains("<"), safe);
        assertFalse(safe.contains(">"), safe);
        assertFalse(safe.contains("&"), safe);
        assertFalse(safe.contains("\u2028"), safe);
        assertEquals(claim, new ObjectMapper().readTree(safe).path("claimReviewed").asText());
    }
}
