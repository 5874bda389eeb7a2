package com.claimdesk.claimreview;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF. */
final class Csv {

    private Csv() {
    }

    static void row(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        // A leading = + - @ would make a spreadsheet run the field as a formula.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
