package com.claimdesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * Stage: a headline's own attribution, "Santos: Bridge Will Reopen in May", "Mayor Santos Says Bridge Will
 * Reopen", "Bridge to Reopen in May, Mayor Santos Says" (title case; sentence-case headlines are not read yet). A
 * headline otherwise sums up the statements the article reports and makes none of its own.
 */
final class Headlines {

    /**
     * Verbs of saying in the present tense, as headlines write them ("Mayor Says", "mayor warns"); "Denies" or
     * "Rejects" also head stories about acts, and appeals and stances ("Urges", "Demands", "Endorses") are not
     * statements.
     */
    private static final Set<String> HEADLINE_SAYS = Lexicon.words("says", "say", "tells", "warns", "insists",
            "claims", "predicts", "argues", "admits", "suggests", "hints", "concedes", "declares", "calls", "finds",
            "find", "shows", "show");

    /** "Calls" names something only with the name quoted ("calls the plan 'a tax'"). */
    private static final Set<String> NAMING = Lexicon.words("calls");

    /** "Poll finds Ruiz would win", not "Study finds link to fees": a clause after them, with its verb. */
    private static final Set<String> FINDING = Lexicon.words("finds", "find", "shows", "show");

    /** Labels that head a story rather than name its speaker: "The Latest:", "BREAKING:", "Update:". */
    private static final Set<String> KICKERS = Lexicon.words("latest", "breaking", "exclusive", "update", "updates",
            "watch", "look", "video", "videos", "photos", "listen", "live", "analysis", "opinion", "editorial",
            "boom", "wow", "notice", "email", "newsletter", "recap", "explainer");

    /** Capitalised small words of title case: a label holding one is a phrase ("Stealth Over Health"), not a name. */
    private static final Set<String> TITLE_CASE_SMALL_WORDS = Lexicon.words("Over", "For", "With", "Into", "From",
            "Against", "About", "After", "Before", "And", "Or", "But", "In", "On", "At", "To", "Is", "Are", "Was");

    /** "Obama on Climate Change:", "Clinton to Planned Parenthood:", "Mukasey at RNC:": the speaker, then the topic. */
    private static final Set<String> TOPIC_WORDS = Lexicon.words("on", "to", "at");

    /** A title is short: longer first paragraphs are text. */
    private static final int MAX_TITLE_TOKENS = 40;

    /** A headline's speaker is a few words. */
    private static final int MAX_SPEAKER_TOKENS = 6;

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
     * The headline's attribution, in one of three shapes: a speaker and a colon ("Santos: Bridge Will Reopen"),
     * a speaker and a verb of saying before the claim ("Santos Says Bridge Will Reopen") or after it ("Bridge
     * will reopen, Santos says"). A kicker ("The Latest:", "BREAKING:") before it is skipped.
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
        first = afterKicker(first, last);
        if (!labelled(first, last) && !saysBefore(first, last)) {
            saysAfter(first, last);
        }
    }

    /** The first token after a kicker such as "The Latest:" or "EXCLUSIVE –", or {@code first}. */
    private int afterKicker(int first, int last) {
        for (int k = first; k <= last && k < first + 3; k++) {
            Token t = doc.token(k);
            if (t.is(":") || Reading.isDash(t)) {
                return k > first && KICKERS.contains(doc.token(k - 1).lower) ? k + 1 : first;
            }
            if (!t.isWord()) {
                return first;
            }
        }
        return first;
    }

    /** "Santos: Bridge Will Reopen in May", "Obama on Climate Change: The Trends Are 'Terrifying'". */
    private boolean labelled(int first, int last) {
        int colon = -1;
        int topic = -1;
        for (int k = first; k <= last && k < first + 8; k++) {
            Token t = doc.token(k);
            if (t.is(":")) {
                colon = k;
                break;
            }
            if (TOPIC_WORDS.contains(t.lower) && k > first && topic < 0) {
                topic = k;
                continue;
            }
            boolean labelWord = t.isCapitalized() || t.is("of") || t.is("the") || t.is(".") && k > first || topic >= 0;
            if (!labelWord || t.type == Token.Type.NUMBER && topic < 0 || t.quote >= 0
                    || TITLE_CASE_SMALL_WORDS.contains(t.text) && topic < 0) {
                return false;
            }
        }
        int speakerLast = topic >= 0 ? topic - 1 : colon - 1;
        if (colon <= first || speakerLast < first || speakerLast - first >= MAX_SPEAKER_TOKENS
                || !phrases.canSpeak(new int[] {first, speakerLast})) {
            return false;
        }
        // "Wikinews:Briefs/May 19" is a page name, not a label: a label's colon is followed by a space.
        if (colon + 1 > last || doc.token(colon + 1).start == doc.token(colon).end) {
            return false;
        }
        return add(colon + 1, last, -1, first, speakerLast, colon);
    }

    /** "Santos Says Bridge Will Reopen in May", "Former harbour master warns fees will rise". */
    private boolean saysBefore(int first, int last) {
        for (int k = first + 1; k <= last && k <= first + MAX_SPEAKER_TOKENS; k++) {
            Token t = doc.token(k);
            if (HEADLINE_SAYS.contains(t.lower) && t.isCapitalized()) {
                return phrases.canSpeak(new int[] {first, k - 1}) && (!NAMING.contains(t.lower) || quotedAfter(k, last))
                        && (!FINDING.contains(t.lower) || auxiliaryAfter(k, last)) && add(k + 1, last, k, first, k - 1, k);
            }
            if (t.type == Token.Type.PUNCT && !t.is(".") && !t.is("'") && !t.is("\u2019") || t.quote >= 0
                    || t.isLowercaseWord() && (Lexicon.AUXILIARIES.contains(t.lower) || Lexicon.cue(t.lower) != null)) {
                return false;
            }
        }
        return false;
    }

    private boolean quotedAfter(int k, int last) {
        for (int m = k + 1; m <= last; m++) {
            if (doc.token(m).type == Token.Type.QUOTE) {
                return true;
            }
        }
        return false;
    }

    private boolean auxiliaryAfter(int k, int last) {
        for (int m = k + 1; m <= last; m++) {
            if (Lexicon.AUXILIARIES.contains(doc.token(m).lower)) {
                return true;
            }
        }
        return false;
    }

    /** "Bridge will reopen in May, mayor says", "Voters back the plan, poll finds". */
    private boolean saysAfter(int first, int last) {
        int end = last;
        while (end > first && (doc.token(end).type == Token.Type.PUNCT || doc.token(end).type == Token.Type.QUOTE)) {
            end--;
        }
        if (end <= first || !HEADLINE_SAYS.contains(doc.token(end).lower) || !doc.token(end).isCapitalized()) {
            return false;
        }
        int comma = end - 1;
        while (comma > first && comma >= end - 1 - MAX_SPEAKER_TOKENS && !doc.token(comma).is(",")) {
            if (doc.token(comma).type == Token.Type.PUNCT && !doc.token(comma).is(".") || doc.token(comma).quote >= 0) {
                return false;
            }
            comma--;
        }
        if (!doc.token(comma).is(",") || comma + 1 > end - 1 || !phrases.canSpeak(new int[] {comma + 1, end - 1})) {
            return false;
        }
        return add(first, comma - 1, end, comma + 1, end - 1, end);
    }

    /** The headline statement from {@code from} to {@code to}, spoken by the words from npFirst to npLast. */
    private boolean add(int from, int to, int cue, int npFirst, int npLast, int anchor) {
        int contentFirst = from;
        while (contentFirst <= to && doc.token(contentFirst).type == Token.Type.QUOTE) {
            contentFirst++;
        }
        if (contentFirst > to) {
            return false;
        }
        int contentLast = reading.trimEnd(contentFirst, to);
        while (contentLast > contentFirst && doc.token(contentLast).type == Token.Type.QUOTE) {
            contentLast = reading.trimEnd(contentFirst, contentLast - 1);
        }
        if (reading.wordsBetween(contentFirst, contentLast) < 4) {
            return false;
        }
        Draft c = new Draft();
        c.kind = StatementKind.INDIRECT;
        c.cue = cue < 0 ? "" : doc.token(cue).text;
        c.start = doc.token(contentFirst).start;
        c.end = doc.token(contentLast).end;
        c.spanFirst = Math.min(from, npFirst);
        c.spanLast = Math.max(to, npLast);
        c.anchor = anchor;
        c.paragraph = 0;
        // A verb of saying in title case is read by no other stage: its reading of the headline comes first.
        c.rank = cue >= 0 ? 4 : 2;
        speakers.setSpeaker(c, new Attribution(-1, npFirst, npLast, false));
        if (cue >= 0) {
            c.cueToken = cue;
            // In title case the name finder may run on into the verb: "Ada Santos Calls".
            String verb = " " + doc.token(cue).text;
            if (c.speaker != null && c.speaker.endsWith(verb)) {
                c.speaker = c.speaker.substring(0, c.speaker.length() - verb.length());
            }
        }
        candidates.add(c);
        return true;
    }
}
