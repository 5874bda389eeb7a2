package com.claimdesk.extraction;

import java.util.List;

/**
 * Stage: a headline's own attribution, "Santos: Bridge Will Reopen in May". A headline otherwise sums up the
 * statements the article reports and makes none of its own.
 */
final class Headlines {

    /** Verbs of saying as title case writes them; "Denies" or "Rejects" also head stories about acts. */
    private static final java.util.Set<String> HEADLINE_SAYS = Lexicon.words("Says", "Say", "Tells", "Warns", "Insists");

    /** A title is short: longer first paragraphs are text. */
    private static final int MAX_TITLE_TOKENS = 40;

    private final Reading reading;
    private final Phrases phrases;
    private final Speakers speakers;
    private final Document doc;
    private final List<Draft> candidates;

    Headlines(Reading reading, Phrases phrases, Speakers speakers) {
        this.reading = reading;
        this.phrases = phrases;
        this.speakers = speakers;
        this.doc = reading.doc;
        this.candidates = reading.candidates;
    }

    /**
     * "Santos: Bridge Will Reopen in May" and "Santos Says Bridge Will Reopen in May": a speaker of a few
     * capitalised words, a colon or a title-case "Says", the claim.
     */
    void findAttributedHeadline() {
        if (doc.skippedParagraph.length < 2 || doc.skippedParagraph[0]) {
            return;
        }
        int first = doc.paragraphStart[0];
        int last = doc.paragraphEnd(0);
        if (last - first > MAX_TITLE_TOKENS) {
            return;
        }
        int colon = -1;
        for (int k = first; k <= last && k < first + 6; k++) {
            Token t = doc.token(k);
            // "Bernie Sanders Says He Has Started Writing His Address": a title-case verb of saying.
            if (t.is(":") || HEADLINE_SAYS.contains(t.text) && k > first) {
                colon = k;
                break;
            }
            boolean labelWord = t.isCapitalized() || t.is("of") || t.is("the") || t.is(".") && k > first;
            if (!labelWord || t.type == Token.Type.NUMBER || t.quote >= 0) {
                return;
            }
        }
        if (colon <= first || !phrases.canSpeak(new int[] {first, colon - 1})) {
            return;
        }
        int contentFirst = colon + 1;
        while (contentFirst <= last && doc.token(contentFirst).type == Token.Type.QUOTE) {
            contentFirst++;
        }
        int contentLast = reading.trimEnd(contentFirst, last);
        while (contentLast > contentFirst && doc.token(contentLast).type == Token.Type.QUOTE) {
            contentLast = reading.trimEnd(contentFirst, contentLast - 1);
        }
        // "Wikinews:Briefs/May 19" is a page name, not a label: a label's colon is followed by a space.
        if (reading.wordsBetween(contentFirst, contentLast) < 4 || doc.token(contentFirst).start == doc.token(colon).end) {
            return;
        }
        Draft c = new Draft();
        c.kind = StatementKind.INDIRECT;
        c.cue = doc.token(colon).is(":") ? "" : doc.token(colon).text;
        c.start = doc.token(contentFirst).start;
        c.end = doc.token(contentLast).end;
        c.spanFirst = first;
        c.spanLast = last;
        c.anchor = colon;
        c.paragraph = 0;
        c.rank = 2;
        speakers.setSpeaker(c, new Attribution(-1, first, colon - 1, false));
        candidates.add(c);
    }
}
