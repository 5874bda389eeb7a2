package com.claimdesk.quotes;

import java.util.Comparator;
import java.util.List;

/** One word edit as the reviewer reads it: what the quote says against what was said, negation flagged. */
public record EditView(String op, String quoted, String source, boolean negation) {

    static EditView of(QuoteAligner.Edit edit) {
        return new EditView(edit.op(), edit.quoted(), edit.source(), negates(edit.quoted()) != negates(edit.source()));
    }

    /** Edits in the aligner's order, those adding or removing a negation first. */
    static List<EditView> ordered(List<QuoteAligner.Edit> edits) {
        return edits.stream().map(EditView::of).sorted(Comparator.comparing(e -> !e.negation())).toList();
    }

    /** How many negation words a piece of text holds ("not", "never", "wasn't"). */
    private static int negates(String text) {
        int count = 0;
        for (Words.Token token : Words.tokens(text, 0, text.length(), false)) {
            count += Words.negation(token.norm()) ? 1 : 0;
        }
        return count;
    }
}
