package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage: quotations and their attributions (`"...," Smith said`, `Smith said: "..."`), and quotations
 * standing alone or naming something ("called it "a non-starter"").
 */
final class Quotations {

    private final Cues cues;
    private final Phrases phrases;
    private final Speakers speakers;
    private final Document doc;
    private final Names names;
    private final boolean[] cueUsed;
    private final Attribution[] quoteAttribution;
    private final List<Draft> candidates;
    private final boolean[] asked;
    private final int headline;
    private final String[] turnSpeaker;
    private final int[] turnStart;

    Quotations(Reading reading, Cues cues, Phrases phrases, Speakers speakers) {
        this.cues = cues;
        this.phrases = phrases;
        this.speakers = speakers;
        this.doc = reading.doc;
        this.names = reading.names;
        this.cueUsed = reading.cueUsed;
        this.quoteAttribution = reading.quoteAttribution;
        this.candidates = reading.candidates;
        this.asked = reading.asked;
        this.headline = reading.headline;
        this.turnSpeaker = reading.turnSpeaker;
        this.turnStart = reading.turnStart;
    }

    void attributeQuotes() {
        for (int q = 0; q < doc.quotes.size(); q++) {
            Document.Quote quote = doc.quotes.get(q);
            if (doc.skippedParagraph[doc.token(quote.open).paragraph] || quote.words < 1) {
                continue;
            }
            Attribution a = attributionAfter(quote);
            if (quote.words < 3 && !shortButAttributed(quote, a)) {
                continue;
            }
            if (a == null) {
                a = attributionBefore(quote);
            }
            if (a != null) {
                quoteAttribution[q] = a;
                if (a.cue() >= 0) {
                    cueUsed[a.cue()] = true;
                }
            }
        }
    }

    /** `"...," Stoltenberg said`, `"...," said the spokesman`, `"..." according to the ministry`. */
    private Attribution attributionAfter(Document.Quote quote) {
        if (quote.close < 0) {
            return null;
        }
        int n = doc.size();
        int j = quote.close + 1;
        int paragraph = doc.token(quote.close).paragraph;
        if (j < n && (doc.token(j).text.equals(",") || Reading.isDash(doc.token(j)))) {
            j++;
        }
        boolean afterFullStop = doc.token(quote.close - 1).isTerminal() && !doc.token(quote.close - 1).is("?")
                && !doc.token(quote.close - 1).is("!");
        // `"..." ― Carla Sanchez.`: a name after a dash, alone, signs the quotation.
        if (j > quote.close + 1 && Reading.isDash(doc.token(quote.close + 1))) {
            Names.Mention m = j < n ? names.mentionAt(j) : null;
            // The name ends its line: text wrapped at a fixed width may run the next line into the paragraph.
            if (m != null && m.hasName() && m.type == Names.Type.PERSON && (m.last + 1 >= n
                    || doc.token(m.last + 1).paragraph != paragraph || doc.token(m.last + 1).isTerminal()
                    || doc.text.substring(doc.token(m.last).end, doc.token(m.last + 1).start).indexOf('\n') >= 0)) {
                return new Attribution(-1, m.first, m.last, false);
            }
        }
        int commas = 0;
        int relative = -1;
        int limit = j + Reading.MAX_NP_TOKENS;
        for (int k = j; k < n && k < limit; k++) {
            Token t = doc.token(k);
            // `"...," Ms. Whitlock said`: the period of a title ends nothing.
            if (t.is(".") && k > j && doc.token(k - 1).end == t.start
                    && Lexicon.TITLE_ABBREVIATIONS.contains(doc.token(k - 1).lower)) {
                continue;
            }
            // `"...," Rep. Ada E. Marsh (D-Harbor.) said`: nor does an initial's, nor one inside the party tag.
            if (t.is(".") && k > j && doc.token(k - 1).end == t.start && (doc.token(k - 1).text.length() == 1
                    && Character.isUpperCase(doc.token(k - 1).text.charAt(0)) || insideBrackets(j, k))) {
                limit++;
                continue;
            }
            if (t.paragraph != paragraph || t.type == Token.Type.QUOTE || t.isTerminal() || t.is(";")
                    || t.is(":")) {
                return null;
            }
            // "a board member who asked not to be named said": a relative clause without commas, then the verb.
            if (t.is("who") && k > j && relative < 0) {
                for (int m = k + 1; m < n && m <= k + 10; m++) {
                    Token u = doc.token(m);
                    if (u.type == Token.Type.PUNCT || u.type == Token.Type.QUOTE || u.paragraph != paragraph) {
                        break;
                    }
                    if (m > k + 2 && cues.isCueAt(m, true) && (m + 1 >= n || doc.token(m + 1).isTerminal()
                            || doc.token(m + 1).is(","))) {
                        return new Attribution(m, j, k - 1, false);
                    }
                }
            }
            // "a senior official, who asked not to be named, told Reuters": skip the relative clause.
            if (t.is(",") && k > j && k + 1 < n && relative < 0
                    && (doc.token(k + 1).is("who") || doc.token(k + 1).is("whose"))) {
                int close = k + 2;
                while (close < n && close < k + 16 && !doc.token(close).is(",") && !doc.token(close).isTerminal()) {
                    close++;
                }
                if (close < n && doc.token(close).is(",")) {
                    relative = k;
                    limit += close - k + 1;
                    k = close;
                    continue;
                }
                return null;
            }
            if (t.is(",") && ++commas > 2) {
                return null;
            }
            if (t.is("according") && k + 1 < n && doc.token(k + 1).is("to")) {
                int[] np = phrases.npForward(k + 2);
                return np == null ? null : new Attribution(k, np[0], np[1], false);
            }
            // `"...," Ortiz interjected.`, `"...!" beamed Ada Brook.`: after a quotation that did not end its
            // sentence, a verb the cue list does not know still says who spoke.
            if (!afterFullStop && !cues.isCueAt(k, true) && pastOrPresentVerb(t)) {
                if (k > j && subjectBefore(j, k) && endsAttribution(k + 1, paragraph)) {
                    return new Attribution(k, j, k - 1, false);
                }
                Names.Mention m = k == j && k + 1 < n ? names.mentionAt(k + 1) : null;
                if (m != null && m.hasName()) {
                    int[] np = phrases.npForward(k + 1);
                    return np == null ? null : new Attribution(k, np[0], np[1], false);
                }
            }
            if (cues.isCueAt(k, true)) {
                if (afterFullStop && !endsSoon(k + 1)) {
                    return null;
                }
                if (k == j) {
                    int[] np = phrases.npForward(k + 1);
                    return np == null ? new Attribution(k, -1, -1, true) : new Attribution(k, np[0], np[1], false);
                }
                if (relative >= 0) {
                    return new Attribution(k, j, relative - 1, false);
                }
                int npLast = phrases.skipModifiersBack(k - 1, j);
                // "the UN Secretary-General, António Guterres, said": the name in the apposition.
                int[] np = npLast >= j && doc.token(npLast).is(",") ? phrases.npBefore(k) : null;
                if (np != null && np[0] >= j) {
                    return new Attribution(k, np[0], np[1], false);
                }
                return new Attribution(k, j, npLast, npLast < j);
            }
            if (t.isLowercaseWord() && (Lexicon.AUXILIARIES.contains(t.lower) && !Lexicon.VERB_MODIFIERS.contains(t.lower)
                    || (Lexicon.NP_BREAKERS.contains(t.lower) && !(k == j && Lexicon.PRONOUNS.contains(t.lower))))) {
                return null;
            }
        }
        return null;
    }

    private boolean insideBrackets(int from, int k) {
        for (int m = k - 1; m >= from && m > k - 6; m--) {
            if (doc.token(m).is(")")) {
                return false;
            }
            if (doc.token(m).is("(")) {
                return true;
            }
        }
        return false;
    }

    private static boolean pastOrPresentVerb(Token t) {
        String w = t.lower;
        return t.isLowercaseWord() && !Lexicon.AUXILIARIES.contains(w) && !Lexicon.NP_BREAKERS.contains(w)
                && (w.length() > 3 && w.endsWith("ed") || Lexicon.PAST_FORMS.contains(w) || t.is("read")
                || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s"));
    }

    /** "Ortiz", "Sen. Ada Marsh", "the letter": a name or a short described subject, nothing else. */
    private boolean subjectBefore(int first, int verb) {
        Names.Mention m = names.mentionAt(first);
        if (m != null && m.hasName() && m.last == verb - 1) {
            return true;
        }
        if (!doc.token(first).is("the") || verb - first > 4 || verb - first < 2) {
            return false;
        }
        for (int k = first + 1; k < verb; k++) {
            if (!doc.token(k).isLowercaseWord() || Lexicon.NP_BREAKERS.contains(doc.token(k).lower)) {
                return false;
            }
        }
        return true;
    }

    /** The verb ends the attribution: the sentence, a comma, or a time or place after it ("fumed on Tuesday"). */
    private boolean endsAttribution(int k, int paragraph) {
        if (k >= doc.size() || doc.token(k).paragraph != paragraph) {
            return true;
        }
        Token t = doc.token(k);
        return t.isTerminal() || t.is(",") || t.type == Token.Type.QUOTE || Lexicon.PREPOSITIONS.contains(t.lower)
                || Lexicon.WEEKDAYS.contains(t.lower) || t.is("the") || t.is("and");
    }

    /** True when the sentence ends within a few tokens: an attribution standing alone. */
    private boolean endsSoon(int from) {
        int sentence = doc.token(from - 1).sentence;
        for (int k = from; k < doc.size() && k < from + 8; k++) {
            if (doc.token(k).sentence != sentence) {
                return true;
            }
            if (doc.token(k).type == Token.Type.QUOTE) {
                return false;
            }
        }
        // The text may end right after the attribution: that ends the sentence too.
        return from + 8 >= doc.size() || doc.token(from + 7).sentence != sentence;
    }

    /** `Stoltenberg said, "..."`, `he told reporters: "..."`, `The statement added, "..."`. */
    private Attribution attributionBefore(Document.Quote quote) {
        int k = quote.open - 1;
        // "The Harbour Gazette reports:" closing the paragraph before the quotation introduces it.
        boolean introduced = k >= 0 && doc.token(k).is(":") && doc.token(k).paragraph + 1 == doc.token(quote.open).paragraph;
        if (k < 0 || doc.token(k).paragraph != doc.token(quote.open).paragraph && !introduced) {
            return null;
        }
        int sentence = doc.token(k).sentence;
        boolean colon = doc.token(k).is(":");
        boolean punctuated = colon || doc.token(k).is(",") || Reading.isDash(doc.token(k));
        if (punctuated) {
            k--;
        }
        // Addressee and adjuncts may stand between: `told a guard at the door, in French, "..."`.
        for (int m = k; m >= 0 && m > k - 14; m--) {
            Token t = doc.token(m);
            // A verb between cue and quotation makes the quotation part of a reported clause ("said
            // the plan was 'a recipe for chaos'"): a mixed statement, found with the clause.
            if (t.sentence != sentence || t.type == Token.Type.QUOTE || t.isTerminal() || t.is(";")
                    || t.is("that") || (t.isLowercaseWord() && (Lexicon.AUXILIARIES.contains(t.lower)
                    || m < k - 7 && !cues.isCueAt(m, true) && (t.lower.endsWith("ed") || Lexicon.PAST_FORMS.contains(t.lower))))) {
                break;
            }
            // "Said Ellis: "..."": a verb of saying opening the sentence, its speaker after it.
            boolean opening = t.isCapitalized() && doc.sentences.get(sentence).first() == m && Lexicon.cue(t.lower) != null
                    && Lexicon.attributesQuotes(Lexicon.cue(t.lower));
            if (opening || cues.isCueAt(m, true)) {
                // "said the new fares "do nothing for drivers"": the quotation goes on a clause whose subject
                // stands between verb and quotation, and is found with it; not "proclaimed a goal of "..."".
                if (!opening && !punctuated && m < k - 1
                        && (!Lexicon.PREPOSITIONS.contains(doc.token(k).lower) || doc.token(k).is("as"))) {
                    return null;
                }
                int[] np = opening ? null : phrases.npBefore(m);
                // "But, said Solovey, "..."", "Stated Stone: "..."": the speaker follows the verb.
                int[] after = np == null && m < k && !Lexicon.cue(t.lower).participle() ? phrases.npForward(m + 1) : null;
                Names.Mention named = after == null ? null : names.mentionAt(after[0]);
                if (after != null && after[1] == k && named != null && named.hasName()) {
                    return new Attribution(m, after[0], after[1], false);
                }
                return np == null ? new Attribution(m, -1, -1, true) : new Attribution(m, np[0], np[1], false);
            }
        }
        if (colon && k >= 0 && doc.token(k).sentence == sentence) {
            int[] np = phrases.sentenceSubject(sentence, k);
            if (np != null) {
                return new Attribution(-1, np[0], np[1], false);
            }
        }
        return null;
    }

    /** Quotations not taken into reported speech become direct statements, one per paragraph. */
    void addQuoteStatements() {
        for (int q = 0; q < doc.quotes.size(); q++) {
            Document.Quote quote = doc.quotes.get(q);
            int p = doc.token(quote.open).paragraph;
            if (quote.used || doc.skippedParagraph[p] || asked[p] || p == headline) {
                continue;
            }
            int naming = quoteAttribution[q] == null ? namingVerbBefore(quote) : -1;
            if (naming >= 0) {
                addCharacterisation(naming, quote);
                continue;
            }
            // A quotation of a word or two is a statement only with its attribution: `"Too expensive," Marsh said.`
            if (quote.words < (shortButAttributed(quote, quoteAttribution[q]) ? 1 : 3) || isTitleLike(quote)) {
                continue;
            }
            Attribution a = quoteAttribution[q];
            if (a == null && isCitation(quote)) {
                continue;
            }
            boolean standsAlone = startsSentence(quote.open);
            int[] subject = null;
            if (a == null && !standsAlone) {
                // A quotation inside someone's sentence is theirs only when the subject can speak; a
                // characterising verb ("called the plan '...'") makes even a short one a statement.
                subject = phrases.sentenceSubject(doc.token(quote.open).sentence, quote.open);
                boolean characterised = characterisingVerbBefore(quote.open);
                if (subject == null || !phrases.canSpeak(subject) || (quote.words < 5 && !characterised)) {
                    continue;
                }
            }
            StatementKind kind = a == null && !standsAlone ? StatementKind.MIXED : StatementKind.DIRECT;
            List<Draft> pieces = splitByParagraph(quote, kind);
            for (Draft c : pieces) {
                String content = doc.text.substring(c.start, c.end);
                if (STAGE_DIRECTION.matcher(content).matches() || SIGN_OFF.matcher(content).matches()) {
                    continue;
                }
                if (quotedTurn(c.paragraph)) {
                    continue;
                }
                if (a != null) {
                    speakers.setSpeaker(c, a);
                    c.rank = 3;
                } else if (standsAlone) {
                    c.source = SpeakerSource.CONTINUING;
                    c.rank = 1;
                    // 'Jones was more cautious. "We don't know yet."': the person the sentence before is about.
                    String person = phrases.personSubjectBefore(quote.open);
                    if (person != null) {
                        c.source = SpeakerSource.NAMED;
                        c.speaker = person;
                        c.confidence = Speakers.PERSON_BEFORE;
                    }
                } else {
                    speakers.setSpeaker(c, new Attribution(-1, subject[0], subject[1], false));
                    c.rank = 1;
                }
                if (a != null && a.cue() >= 0) {
                    c.spanFirst = Math.min(c.spanFirst, a.npFirst() >= 0 ? Math.min(a.npFirst(), a.cue()) : a.cue());
                    c.spanLast = Math.max(c.spanLast, Math.max(a.cue(), a.npLast()));
                    leadIn(c, quote, a);
                }
                candidates.add(c);
            }
        }
        addQuotedTurns();
    }

    /** "(CROSSTALK)", "[Laughter.]": what happened, not what was said. */
    private static final Pattern STAGE_DIRECTION = Pattern.compile("[(\\[][^()\\[\\]]{1,40}[)\\]]\\.?");

    /** "Follow Ada Brook on Twitter @adabrook": the writer's sign-off. */
    private static final Pattern SIGN_OFF = Pattern.compile("Follow .{1,60}@\\w+\\.?");

    /**
     * `With the ferry gone, "nobody will come," Brook said.`: the speaker's sentence starts before the quotation
     * and the attribution after it names who says all of it, so the statement starts with the sentence.
     */
    private void leadIn(Draft c, Document.Quote quote, Attribution a) {
        if (a.cue() < quote.close || startsSentence(quote.open) || c.start != doc.token(quote.first).start) {
            return;
        }
        int sentence = doc.token(quote.open).sentence;
        int first = doc.sentences.get(sentence).first();
        for (int k = first; k < quote.open; k++) {
            Token t = doc.token(k);
            if (t.type == Token.Type.QUOTE || t.paragraph != c.paragraph || cues.isCueAt(k, true) || t.is(":")) {
                return;
            }
        }
        c.start = doc.token(first).start;
        c.spanFirst = Math.min(c.spanFirst, first);
    }

    /** A paragraph of a transcript quoted in the article: it opens with a quotation mark inside a speaker's turn. */
    private boolean quotedTurn(int p) {
        return turnSpeaker[p] != null && doc.token(doc.paragraphStart[p]).type == Token.Type.QUOTE;
    }

    /**
     * `"WALLACE: Why would he do that?`: each turn of a transcript quoted in the article is one statement, the
     * words after its label over the paragraphs it runs on, questions included, spoken by the labelled speaker.
     * Taken by paragraph, since the quotations nested in a turn leave its quotation marks unpaired.
     */
    void addQuotedTurns() {
        Draft turn = null;
        for (int p = 0; p < turnSpeaker.length; p++) {
            if (!quotedTurn(p) || doc.skippedParagraph[p]) {
                turn = null;
                continue;
            }
            int first = Math.max(turnStart[p], doc.paragraphStart[p] + 1);
            // The turn's own punctuation stays: a question keeps its question mark.
            int last = doc.paragraphEnd(p);
            while (last > first && doc.token(last).type == Token.Type.QUOTE) {
                last--;
            }
            if (first > last) {
                continue;
            }
            String content = doc.text.substring(doc.token(first).start, doc.token(last).end);
            if (STAGE_DIRECTION.matcher(content).matches() || SIGN_OFF.matcher(content).matches()) {
                turn = null;
                continue;
            }
            boolean labelled = turnStart[p] > doc.paragraphStart[p];
            if (!labelled && turn != null && turnSpeaker[p].equals(turn.speaker) && turn.paragraph == p - 1) {
                turn.end = doc.token(last).end;
                turn.spanLast = last;
                turn.paragraph = p;
                continue;
            }
            turn = new Draft();
            turn.kind = StatementKind.DIRECT;
            turn.start = doc.token(first).start;
            turn.end = doc.token(last).end;
            turn.spanFirst = doc.paragraphStart[p];
            turn.spanLast = last;
            turn.anchor = first;
            turn.paragraph = p;
            turn.source = SpeakerSource.NAMED;
            turn.speaker = turnSpeaker[p];
            turn.confidence = Speakers.IN_TURN;
            turn.rank = 3;
            candidates.add(turn);
        }
    }

    /**
     * A speaker's run of quotations in one paragraph is one statement, running from the first to the last:
     * a sentence quoted in two parts around its attribution (`"The pier will reopen in May," the harbour
     * master said, "and the fees will go up."`), and quoted sentences after the attributed one with no cue
     * of their own (`"The pier will reopen," Brook said. "The fees will go up."`). A new cue, a paragraph
     * break or narration between the quotations ends the run. Candidates must be sorted by start.
     */
    void joinRuns() {
        Draft previous = null;
        for (java.util.Iterator<Draft> it = candidates.iterator(); it.hasNext();) {
            Draft c = it.next();
            if (previous != null && continues(previous, c)) {
                previous.end = c.end;
                previous.spanLast = Math.max(previous.spanLast, c.spanLast);
                it.remove();
                continue;
            }
            previous = c.kind == StatementKind.DIRECT ? c : null;
        }
    }

    private boolean continues(Draft previous, Draft c) {
        if (c.kind != StatementKind.DIRECT || c.paragraph != previous.paragraph || previous.cueToken < 0
                || c.start < previous.end) {
            return false;
        }
        boolean sameCue = c.cueToken == previous.cueToken;
        if (!sameCue && c.source != SpeakerSource.CONTINUING && c.rank != 1) {
            return false;
        }
        // Between the two parts: the attribution's words only.
        int attributionSentence = doc.token(previous.cueToken).sentence;
        for (int k = previous.spanLast + 1; k < c.spanFirst; k++) {
            Token t = doc.token(k);
            // "said on Harbour Radio's "Morning Show."": a quoted title within the attribution.
            Document.Quote title = doc.isOpeningMark(k) ? doc.quoteMarkedBy(k) : null;
            if (title != null && title.close > k && title.close < c.spanFirst && title.words <= 4
                    && doc.token(title.close).sentence == attributionSentence) {
                k = title.close;
                continue;
            }
            if (t.type == Token.Type.QUOTE || t.sentence != attributionSentence && t.type != Token.Type.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** `"Too expensive," Marsh said.`: a short quotation closed by a comma and followed by its attribution. */
    private boolean shortButAttributed(Document.Quote quote, Attribution a) {
        return a != null && a.cue() > quote.close && quote.close > 0 && doc.token(quote.close - 1).is(",");
    }

    /** Verbs that name what something is: "called it "a non-starter"", "described the attacks as "...""; */
    private static final Set<String> NAMING_VERBS = Lexicon.words("called", "calling", "calls", "call",
            "described", "describing", "describes", "describe", "branded", "branding", "labelled", "labeled",
            "labelling", "labeling", "termed", "terming", "dubbed", "dubbing", "characterised", "characterized",
            "characterising", "characterizing", "characterise", "characterize");

    /**
     * The naming verb whose object the quotation completes ("called Smith's plan a "fantasy""), or -1:
     * a few words of object, no punctuation, then the closed quotation.
     */
    private int namingVerbBefore(Document.Quote quote) {
        if (quote.close < 0 || quote.words < 1) {
            return -1;
        }
        int sentence = doc.token(quote.open).sentence;
        for (int k = quote.open - 1; k >= 0 && k >= quote.open - 8; k--) {
            Token t = doc.token(k);
            if (t.sentence != sentence || t.type == Token.Type.QUOTE || t.type == Token.Type.PUNCT && !t.is("'")
                    && !t.is("\u2019")) {
                return -1;
            }
            if (NAMING_VERBS.contains(t.lower)) {
                Token next = doc.token(k + 1);
                // "called on", "called for": an appeal, not a name for something.
                // "termed as "ridiculous" the notion that ...": no object named before the quotation.
                return next.is("on") || next.is("for") || next.is("upon") || next.is("as") || k + 1 == quote.open
                        ? -1 : k;
            }
        }
        return -1;
    }

    /** The object and its quoted name as one mixed statement, spoken by the verb's subject. */
    private void addCharacterisation(int verb, Document.Quote quote) {
        int last = quote.close;
        // "described the threat as "..."" after a first quotation: the name follows "as".
        int next = last + 1;
        if (next + 1 < doc.size() && doc.token(next).is("as") && doc.token(next).sentence == doc.token(last).sentence) {
            for (int k = next + 1; k < doc.size() && k <= next + 6 && doc.token(k).sentence == doc.token(last).sentence; k++) {
                Document.Quote second = doc.isOpeningMark(k) ? doc.quoteMarkedBy(k) : null;
                if (second != null && second.close >= 0) {
                    second.used = true;
                    last = second.close;
                    break;
                }
            }
        }
        quote.used = true;
        Draft c = new Draft();
        c.kind = StatementKind.MIXED;
        c.start = doc.token(verb + 1).start;
        // "condemned what he called a "reckless gamble"": the name is the relative clause, "what" and all.
        if (verb >= 2 && doc.token(verb - 2).is("what") && Lexicon.PRONOUNS.contains(doc.token(verb - 1).lower)) {
            c.start = doc.token(verb - 2).start;
        }
        c.end = doc.token(last).end;
        c.spanFirst = verb;
        c.spanLast = last;
        c.anchor = verb;
        c.paragraph = doc.token(verb).paragraph;
        c.rank = 3;
        int[] np = phrases.npBefore(verb);
        if (np != null) {
            c.spanFirst = np[0];
        } else {
            np = phrases.sentenceSubject(doc.token(verb).sentence, verb);
        }
        speakers.setSpeaker(c, np == null ? null : new Attribution(verb, np[0], np[1], false));
        c.cue = doc.token(verb).text;
        candidates.add(c);
    }

    private List<Draft> splitByParagraph(Document.Quote quote, StatementKind kind) {
        List<Draft> pieces = new ArrayList<>();
        int first = quote.first;
        while (first <= quote.last) {
            int paragraph = doc.token(first).paragraph;
            int last = Math.min(quote.last, doc.paragraphEnd(paragraph));
            int contentFirst = first;
            while (contentFirst <= last && doc.token(contentFirst).type == Token.Type.QUOTE) {
                contentFirst++;
            }
            int contentLast = last;
            while (contentLast >= contentFirst && doc.token(contentLast).type == Token.Type.QUOTE) {
                contentLast--;
            }
            if (contentFirst <= contentLast) {
                Draft c = new Draft();
                c.kind = kind;
                c.start = doc.token(contentFirst).start;
                c.end = doc.token(contentLast).end;
                c.spanFirst = Math.max(quote.open, contentFirst - 1);
                c.spanLast = quote.close >= 0 && last == quote.last ? quote.close : contentLast;
                c.anchor = quote.open;
                c.paragraph = paragraph;
                pieces.add(c);
            }
            first = last + 1;
        }
        return pieces;
    }

    private boolean startsSentence(int open) {
        Token t = doc.token(open);
        if (doc.sentences.get(t.sentence).first() == open) {
            return true;
        }
        int p = open - 1;
        return doc.token(p).is(":") || (p == doc.paragraphStart[t.paragraph]);
    }

    /** Verbs that pass judgement in someone's words: "called it '...'", "described the attack as '...'". */
    private static final Set<String> CHARACTERISING = Lexicon.words("called", "calling", "calls", "described",
            "describing", "describes", "branded", "labelled", "labeled", "termed", "dubbed", "condemned",
            "criticised", "criticized", "accused", "hailed", "praised", "denounced", "slammed", "urged");

    private boolean characterisingVerbBefore(int open) {
        int sentence = doc.token(open).sentence;
        for (int k = open - 1; k >= 0 && k >= open - 6 && doc.token(k).sentence == sentence; k--) {
            if (CHARACTERISING.contains(doc.token(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** A quoted headline in a list of sources: `"Title" — Publisher, date`. */
    private boolean isCitation(Document.Quote quote) {
        int next = quote.close + 1;
        return quote.close >= 0 && next + 1 < doc.size() && Reading.isDash(doc.token(next))
                && doc.token(next).paragraph == doc.token(quote.close).paragraph && doc.token(next + 1).isCapitalized()
                && !doc.token(quote.close - 1).is(",");
    }

    /** Names of works and slogans in title case: "Gone With the Wind". */
    private boolean isTitleLike(Document.Quote quote) {
        int words = 0;
        int capitalised = 0;
        for (int k = quote.first; k <= quote.last; k++) {
            Token t = doc.token(k);
            if (t.isWord() && t.text.length() > 3) {
                words++;
                if (t.isCapitalized()) {
                    capitalised++;
                }
            }
            if (t.isTerminal() || t.is(",")) {
                return false;
            }
        }
        return words > 0 && capitalised == words;
    }
}
