package com.claimdesk.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain | plain",
            "a, b | \"a, b\"",
            "say \"no\" | \"say \"\"no\"\"\"",
    })
    void fieldsAreQuotedAsRfc4180Says(String value, String expected) {
        assertEquals(expected, Csv.field(value));
    }

    @Test
    void aFormulaIsNeverRunBySpreadsheets() {
        assertEquals("'=SUM(A1:A9)", Csv.field("=SUM(A1:A9)"));
        assertEquals("'@cmd", Csv.field("@cmd"));
    }

    @Test
    void linesEndInCrlfAndLineBreaksStayInsideQuotes() throws Exception {
        StringWriter out = new StringWriter();
        Csv.row(out, List.of("one", "two\nlines"));
        assertEquals("one,\"two\nlines\"\r\n", out.toString());
    }
}
