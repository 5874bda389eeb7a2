package com.claimdesk.extraction;

import java.util.List;
import java.util.Set;

/**
 * Stage: reported speech, sentence by sentence: "X said that ...", "..., X said.", "according to X, ...".
 */
final class ReportedSpeech {

    private final Reading reading;
    private final Clauses clauses;
    private final Cues cues;
    private final Phrases phrases;
    private final Speakers speakers;
    private final Frames frames;
    private final Document doc;
    private final Names names;
    private final boolean[] cueUsed;
    private final List<Draft> candidates;

    ReportedSpeech(Reading reading, Clauses clauses, Cues cues, Phrases phrases, Speakers speakers) {
        this.reading = reading;
        this.clauses = clauses;
        this.cues = cues;
        this.phrases = phrases;
        this.speakers = speakers;
        this.frames = new Frames(reading, clauses, phrases);
        this.doc = reading.doc;
        this.names = reading.names;
        this.cueUsed = reading.cueUsed;
        this.candidates = reading.candidates;
    }

    /** A politician's party and state: "D-Harbor", "R-Ky", "I-Vt". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");

    void findReportedSpeech(Document.Sentence s) {
        int insideUntil = -1;
        for (int i = s.first(); i <= s.last(); i++) {
            Token t = doc.token(i);
            if (t.quote >= 0 || cueUsed[i]) {
                continue;
            }
            if (t.is("according") && i + 1 <= s.last() && doc.token(i + 1).is("to")) {
                i = accordingTo(s, i);
                continue;
            }
            boolean isCue = cues.isCueAt(i, false);
            // A verb inside what was said is part of it ("said the law requires drivers to assert ..."), unless it
            // reports a clause of its own ("..., also commenting that ...", "and the union saying that ...").
            if (i <= insideUntil && !(isCue && i + 1 <= s.last() && doc.token(i + 1).is("that"))) {
                continue;
            }
            boolean opening = !isCue && frames.askedOpening(i, s);
            Lexicon.Cue cue = isCue ? Lexicon.cue(t.lower) : opening ? Lexicon.cue("asked") : cues.frameAt(i);
            if (cue == null) {
                i = reportingNoun(i, s);
                continue;
            }
            if (cues.isNegated(i) || cues.inCondition(i, s)) {
                continue;
            }
            if (isCue && documentShows(i, cue, s)) {
                cueUsed[i] = true;
                continue;
            }
            int contentFirst = isCue ? clauses.clauseAfter(i, cue, s) : -1;
            if (contentFirst < 0) {
                contentFirst = accusation(i, cue, s);
            }
            boolean framed = false;
            if (contentFirst < 0) {
                contentFirst = frames.contentAfter(i, cue, s);
                framed = contentFirst >= 0;
            }
            if (contentFirst >= 0) {
                int contentLast = framed ? clauses.frameEnd(contentFirst, s) : clauses.clauseEnd(contentFirst, s);
                // "Asked whether the depot would close, Marsh shrugged": the question ends where the sentence begins.
                if (opening) {
                    contentLast = beforeComma(contentFirst, contentLast);
                }
                // "denied any sexual activity, but ...": a denied thing, not a clause, ends at the comma.
                if (cue.isDenial() && !clauses.finiteClauseAt(contentFirst, s)) {
                    for (int m = contentFirst + 1; m < contentLast; m++) {
                        if (doc.token(m).is(",") && doc.token(m).quote < 0) {
                            contentLast = m - 1;
                            break;
                        }
                    }
                }
                // "Ortiz, who said he plans to run again, voted": what he said ends with the relative clause.
                if (inRelativeClause(i)) {
                    for (int m = contentFirst + 1; m < contentLast; m++) {
                        if (doc.token(m).is(",") && doc.token(m).quote < 0) {
                            contentLast = m - 1;
                            break;
                        }
                    }
                }
                Attribution a = speakerBefore(i, cue);
                if (addClause(i, cue, contentFirst, contentLast, a, t.text)) {
                    cueUsed[i] = true;
                    insideUntil = contentLast;
                    i = Math.max(i, contentFirst - 1);
                }
                continue;
            }
            if (isCue) {
                trailingAttribution(i, s);
            }
        }
        if (!reading.candidateAnchoredIn(s.first(), s.last())) {
            inDocument(s);
        }
    }

    /** What a poll or a count is, opening "In the latest poll, ...". */
    private static final Set<String> POLLS = Lexicon.words("poll", "polls", "polling", "survey", "surveys", "study",
            "census", "count", "tally", "analysis", "figures", "data", "estimates", "report", "review", "audit");

    /** "In the latest Harbour Gazette poll, 71 percent backed the plan": what the poll found. */
    private void inDocument(Document.Sentence s) {
        int k = phrases.skipIntro(s, s.first());
        k = k == s.first() ? k : s.first();
        if (!doc.token(k).is("in") || k + 1 > s.last()) {
            return;
        }
        int head = -1;
        int comma = -1;
        for (int m = k + 1; m <= s.last() && m < k + 16; m++) {
            Token t = doc.token(m);
            if (t.is(",")) {
                comma = m;
                break;
            }
            if (t.type == Token.Type.QUOTE || t.isTerminal() || t.quote >= 0) {
                return;
            }
            if (POLLS.contains(t.bareLower()) && t.isLowercaseWord()) {
                head = m;
            }
        }
        if (head < 0 || comma < 0 || comma + 1 > s.last()) {
            return;
        }
        int contentFirst = comma + 1;
        int contentLast = clauses.clauseEnd(contentFirst, s);
        if (addClause(k, Lexicon.cue("say"), contentFirst, contentLast, new Attribution(k, k + 1, head, false), "in")) {
            Draft c = candidates.get(candidates.size() - 1);
            c.kind = StatementKind.DOCUMENT;
            c.spanFirst = k;
        }
    }

    /** Verbs by which a poll, a record or a recording says something: "a poll shows Vega ahead 46% to 39%". */
    private static final Set<String> SHOWING = Lexicon.words("show", "find", "suggest", "indicate", "reveal");

    /** Things that show without speaking: "the video shows", "emails released this week showed". */
    private static final Set<String> SHOWING_THINGS = Lexicon.words("video", "videos", "footage", "photo", "photos",
            "picture", "pictures", "image", "images", "email", "emails", "records", "results", "documents",
            "numbers", "polling", "polls", "surveys", "studies", "reports", "math", "map", "chart", "graph",
            "audit", "tally", "count", "data", "figures", "statistics", "analysis", "research", "estimates");

    /**
     * "A Lakeshore Research poll released on Tuesday showed Vega ahead 46% to 39%": what a document shows,
     * clause or not, spoken by its issuer when one is named in the subject, else by the document.
     */
    private boolean documentShows(int cueIndex, Lexicon.Cue cue, Document.Sentence s) {
        if (!SHOWING.contains(cue.lemma()) || cue.participle() || cueIndex + 1 > s.last()) {
            return false;
        }
        int[] subject = phrases.sentenceSubject(doc.token(cueIndex).sentence, cueIndex);
        boolean noSubject = subject == null || subject[1] >= cueIndex;
        int head = documentHead(subject, cueIndex);
        // "The vote is on Saturday, and a new poll shows ...": the verb's own subject when the sentence's is none
        // (not "The report, commissioned by the agency, found": there the sentence's subject is the document).
        boolean ownSubject = head < 0;
        if (ownSubject) {
            subject = phrases.npBefore(cueIndex);
            boolean ownClause = subject != null && !commaIn(subject[0], subject[1]) && (noSubject || subject[0] > 0
                    && (doc.token(subject[0] - 1).is("and") || doc.token(subject[0] - 1).is("but")));
            head = ownClause ? documentHead(subject, cueIndex) : -1;
        }
        // The verb's own subject names no issuer after it ("The report, commissioned by the agency, found").
        int issuerFrom = head >= 0 && !ownSubject ? head + 1 : cueIndex;
        if (head < 0) {
            return false;
        }
        int contentFirst = clauses.skipAdjuncts(cueIndex + 1, s.last());
        if (contentFirst <= s.last() && doc.token(contentFirst).is("that")) {
            contentFirst++;
        }
        if (contentFirst > s.last() || !doc.token(contentFirst).isWord() && doc.token(contentFirst).type != Token.Type.NUMBER) {
            return false;
        }
        int contentLast = clauses.clauseEnd(contentFirst, s);
        int subjectFirst = subject[0];
        if (!addClause(cueIndex, cue, contentFirst, contentLast, new Attribution(cueIndex, subjectFirst, head, false),
                doc.token(cueIndex).text)) {
            return false;
        }
        Draft c = candidates.get(candidates.size() - 1);
        c.kind = StatementKind.DOCUMENT;
        c.source = SpeakerSource.NAMED;
        // The issuer: "published by the county", a name in the subject ("A Reuters rolling poll"), else the document.
        for (int k = issuerFrom; k < cueIndex; k++) {
            int[] by = doc.token(k).is("by") ? phrases.npForward(k + 1) : null;
            if (by != null && by[1] < cueIndex) {
                c.speaker = Speakers.stripDeterminer(Names.clean(doc.text.substring(doc.token(by[0]).start,
                        doc.token(by[1]).end)));
                c.confidence = doc.token(by[1]).isCapitalized() ? Speakers.OWNER : Speakers.DESCRIPTION;
                return true;
            }
        }
        for (int k = subjectFirst; k < head; k++) {
            Names.Mention m = names.mentionAt(k);
            if (m != null && m.hasName() && m.last < head) {
                c.speaker = names.fullName(m);
                c.confidence = Speakers.OWNER;
                return true;
            }
        }
        c.speaker = Speakers.stripDeterminer(Names.clean(doc.text.substring(doc.token(subjectFirst).start,
                doc.token(head).end)));
        c.confidence = Speakers.DESCRIPTION;
        return true;
    }

    private boolean commaIn(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (doc.token(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** The last word naming a document or a showing thing in the subject before the verb, or -1. */
    private int documentHead(int[] subject, int cueIndex) {
        int head = -1;
        for (int k = subject == null || subject[1] >= cueIndex ? 0 : subject[0]; subject != null && k <= subject[1]
                && subject[1] < cueIndex; k++) {
            String w = doc.token(k).bareLower();
            if (isDocument(w) || SHOWING_THINGS.contains(w)) {
                head = k;
            }
        }
        return head;
    }

    private static boolean isDocument(String head) {
        return Lexicon.DATA_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head) || head.equals("poll")
                || head.equals("polls") || head.equals("survey") || head.equals("study");
    }

    /** "accused Marsh of hiding the losses": who is accused of what, from the object on; else -1. */
    private int accusation(int cueIndex, Lexicon.Cue cue, Document.Sentence s) {
        if (!cue.lemma().equals("accuse") || cue.participle() || cueIndex + 2 > s.last()) {
            return -1;
        }
        for (int k = cueIndex + 1; k <= s.last() && k <= cueIndex + 8; k++) {
            Token t = doc.token(k);
            if (t.is("of") && k > cueIndex + 1 && k + 1 <= s.last()) {
                return cueIndex + 1;
            }
            if (t.type == Token.Type.PUNCT && !t.is(".") && !t.is("'") || t.type == Token.Type.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    /** The last token before the first comma outside quotation marks, or {@code last}. */
    private int beforeComma(int first, int last) {
        for (int m = first + 1; m < last; m++) {
            if (doc.token(m).is(",") && doc.token(m).quote < 0) {
                return m - 1;
            }
        }
        return last;
    }

    /** Possessive determiners before a reporting noun: "his claim that", "their promise to". */
    private static final Set<String> POSSESSIVE_DETERMINERS = Lexicon.words("his", "her", "their", "its", "our",
            "my");

    /** Reporting nouns whose content is an infinitive: "her promise to", "his decision to", "their call to". */
    private static final Set<String> INFINITIVE_NOUNS = Lexicon.words("promise", "promises", "pledge", "vow",
            "threat", "call", "calls", "decision", "demand");

    /**
     * "Marsh's claim that the depot would close", "her promise to keep it open": what the owner of a reporting
     * noun said, spoken by the owner (or, after "his" or "their", by the sentence's subject). Returns the last
     * token read.
     */
    private int reportingNoun(int k, Document.Sentence s) {
        Token t = doc.token(k);
        if (k == 0 || k + 3 > s.last() || !t.isLowercaseWord() || t.quote >= 0 || !Lexicon.REPORTING_NOUNS.contains(t.lower)) {
            return k;
        }
        Token prev = doc.token(k - 1);
        Token next = doc.token(k + 1);
        int contentFirst;
        if (next.is("that") && clauses.finiteClauseAt(k + 2, s)) {
            contentFirst = k + 2;
        } else if (next.is("to") && INFINITIVE_NOUNS.contains(t.lower) && doc.token(k + 2).isLowercaseWord()
                && !Lexicon.DETERMINERS.contains(doc.token(k + 2).lower)) {
            contentFirst = k + 1;
        } else {
            return k;
        }
        Attribution a;
        if (prev.isPossessive()) {
            Names.Mention m = names.mentionAt(k - 1);
            a = new Attribution(k, m != null ? m.first : k - 1, k - 1, false);
        } else if (POSSESSIVE_DETERMINERS.contains(prev.lower)) {
            a = new Attribution(k, -1, -1, true);
        } else {
            return k;
        }
        int contentLast = clauses.clauseEnd(contentFirst, s);
        if (!addClause(k, Lexicon.cue("say"), contentFirst, contentLast, a, t.text)) {
            return k;
        }
        Draft c = candidates.get(candidates.size() - 1);
        if (prev.isPossessive() && c.speakerWords != null && c.speakerWords.endsWith(prev.text)) {
            // "Marsh's claim": the speaker is Marsh.
            c.speakerWords = c.speakerWords.substring(0, c.speakerWords.length() - 2);
            if (c.speaker != null && c.speaker.endsWith(prev.text)) {
                c.speaker = c.speaker.substring(0, c.speaker.length() - 2);
            }
        }
        cueUsed[k] = true;
        return contentFirst - 1;
    }

    /** ", who said", ", who has often argued": the cue opens a relative clause set off by commas. */
    private boolean inRelativeClause(int cueIndex) {
        int k = cueIndex - 1;
        while (k > 0 && Lexicon.VERB_MODIFIERS.contains(doc.token(k).lower)) {
            k--;
        }
        return k > 0 && doc.token(k).is("who") && doc.token(k - 1).is(",");
    }

    private boolean addClause(int cueIndex, Lexicon.Cue cue, int contentFirst, int contentLast, Attribution a,
            String cueText) {
        int words = 0;
        Document.Quote only = null;
        int quoteCount = 0;
        for (int m = contentFirst; m <= contentLast; m++) {
            Token t = doc.token(m);
            if (t.isWord() || t.type == Token.Type.NUMBER) {
                words++;
            }
            if (t.type == Token.Type.QUOTE && doc.isOpeningMark(m)) {
                quoteCount++;
                only = doc.quoteMarkedBy(m);
            }
        }
        if (words < 3) {
            return false;
        }
        Draft c = new Draft();
        c.kind = cue.isDenial() ? StatementKind.DENIAL : quoteCount > 0 ? StatementKind.MIXED : StatementKind.INDIRECT;
        c.start = doc.token(contentFirst).start;
        c.end = doc.token(contentLast).end;
        if (quoteCount == 1 && only.open == contentFirst && (only.close == contentLast || only.close == contentLast + 1)
                && !cue.isDenial()) {
            c.kind = StatementKind.DIRECT;
            c.start = only.innerStart;
            c.end = only.innerEnd;
        }
        for (int m = contentFirst; m <= contentLast; m++) {
            Document.Quote q = doc.token(m).type == Token.Type.QUOTE ? doc.quoteMarkedBy(m) : null;
            if (q != null) {
                q.used = true;
            }
        }
        c.cue = cueText;
        c.anchor = cueIndex;
        c.spanFirst = Math.min(cueIndex, a != null && a.npFirst() >= 0 ? a.npFirst() : cueIndex);
        c.spanLast = contentLast;
        c.rank = 2;
        c.paragraph = doc.token(cueIndex).paragraph;
        speakers.setSpeaker(c, a);
        // "Marsh thinks the depot will close": a state of mind, kept apart from what is said.
        if (Lexicon.BELIEF_LEMMAS.contains(cue.lemma()) && c.kind != StatementKind.DENIAL) {
            c.kind = StatementKind.BELIEF;
            // "Hagel stated that the United States believes ...": what is said outranks a belief inside it.
            c.rank = 1;
        }
        // "According to the council's own figures", "the report found": a document speaks, not a person.
        if (c.kind == StatementKind.INDIRECT && a != null && a.npLast() >= 0
                && isDocument(doc.token(a.npLast()).bareLower())) {
            c.kind = StatementKind.DOCUMENT;
        }
        // "..., said the spokesman, Tom Ortiz, adding that ...": no subject of its own, the speaker just before.
        if (c.source == SpeakerSource.NONE && cue.participle()) {
            c.source = SpeakerSource.PREVIOUS_STATEMENT;
        }
        candidates.add(c);
        return true;
    }

    /** The subject of a speech verb, or the sentence's subject for "..., stressing that". */
    private Attribution speakerBefore(int cueIndex, Lexicon.Cue cue) {
        boolean purpose = cueIndex > 1 && doc.token(cueIndex - 1).is("to")
                && !Lexicon.VERB_MODIFIERS.contains(doc.token(cueIndex - 2).lower);
        if (cueIndex > 0 && cues.standsAlone(cueIndex - 1)) {
            return new Attribution(cueIndex, cueIndex - 1, cueIndex - 1, false);
        }
        // "with British officials calling the move a mistake": the participle's own subject after "with".
        if (cue.participle()) {
            int[] np = phrases.npBefore(cueIndex);
            if (np != null && np[0] > 0 && doc.token(np[0] - 1).is("with")) {
                return new Attribution(cueIndex, np[0], np[1], false);
            }
        }
        if (!cue.participle() && !purpose) {
            int[] np = phrases.npBefore(cueIndex);
            if (np != null) {
                return new Attribution(cueIndex, np[0], np[1], false);
            }
        }
        int sentence = doc.token(cueIndex).sentence;
        int[] np = phrases.sentenceSubject(sentence, cueIndex);
        return np == null ? new Attribution(cueIndex, -1, -1, true) : new Attribution(cueIndex, np[0], np[1], false);
    }

    /** "X, Little said." and "X, said the spokesman.": the clause before the comma is the statement. */
    private void trailingAttribution(int cueIndex, Document.Sentence s) {
        Lexicon.Cue cue = Lexicon.cue(doc.token(cueIndex).lower);
        if (cue.participle() || Lexicon.isOpinion(cue)) {
            return;
        }
        // Only short adjuncts may follow: "on Friday", "in a statement", "told reporters".
        int after = cueIndex + 1;
        while (after <= s.last() && !doc.token(after).is(",") && !doc.token(after).isTerminal()) {
            Token t = doc.token(after);
            if (t.is("that") || t.type == Token.Type.QUOTE || Lexicon.AUXILIARIES.contains(t.lower)
                    || after > cueIndex + 8) {
                return;
            }
            after++;
        }
        int comma;
        int[] np;
        if (cueIndex > s.first() && doc.token(cueIndex - 1).is(",")) {
            comma = cueIndex - 1;
            // "told the Harbor Gazette": whom a speaker tells is never the speaker.
            np = Lexicon.ADDRESSEE_LEMMAS.contains(cue.lemma()) ? null : phrases.npForward(cueIndex + 1);
            // "..., Dana Holt, D-Harbor, said Tuesday": a day after the verb is when, not who.
            if (np != null && np[0] == np[1] && Clauses.TIME_ADJUNCTS.contains(doc.token(np[0]).lower)) {
                np = null;
            }
            // "..., their lawyer, Ana Ruiz, told the paper": the name set off by commas before the verb.
            // "Dana Holt, D-Harbor, said": the party and place tag closes the name's apposition.
            int nameComma = cueIndex - 3 > s.first() && PARTY_TAG.matcher(doc.token(cueIndex - 2).text).matches()
                    && doc.token(cueIndex - 3).is(",") ? cueIndex - 2 : cueIndex;
            int[] named = np == null ? phrases.npBefore(nameComma) : null;
            // The apposition opens before the name's title: "..., Council Leader Dana Holt, said".
            Names.Mention titled = named == null ? null : names.mentionAt(named[0]);
            int opening = named == null ? -1 : (titled != null ? titled.first : named[0]) - 1;
            if (named != null && named[1] == nameComma - 2 && opening > s.first() && doc.token(opening).is(",")) {
                np = named;
                comma = descriptionStart(opening, s.first());
            }
        } else {
            np = phrases.npBefore(cueIndex);
            if (np == null || np[0] - 1 <= s.first() || !doc.token(np[0] - 1).is(",")) {
                return;
            }
            comma = np[0] - 1;
        }
        int contentFirst = phrases.skipIntro(s, comma);
        int contentLast = reading.trimEnd(contentFirst, comma - 1);
        // A speech verb inside the clause reports it already ("Hagel told Barak that ..., Little said").
        if (reading.candidateAnchoredIn(contentFirst, contentLast)) {
            cueUsed[cueIndex] = true;
            return;
        }
        if (contentLast < contentFirst || doc.token(contentFirst).quote >= 0) {
            return;
        }
        // "The plan, Smith said, would cost $4 billion": the statement runs on after the attribution,
        // and the whole sentence is the closest contiguous stretch of it.
        boolean continues = after < s.last() && doc.token(after).is(",") && reading.wordsBetween(after + 1, s.last()) >= 3
                && resumesAfterSource(contentFirst, contentLast, after + 1, s);
        if (continues) {
            contentLast = clauses.clauseEnd(after + 1, s);
        }
        Attribution a = np == null ? new Attribution(cueIndex, -1, -1, true) : new Attribution(cueIndex, np[0], np[1], false);
        if (addClause(cueIndex, cue, contentFirst, contentLast, a, doc.token(cueIndex).text)) {
            cueUsed[cueIndex] = true;
            Draft c = candidates.get(candidates.size() - 1);
            c.spanFirst = contentFirst;
            c.spanLast = Math.max(contentLast, Math.max(cueIndex, np == null ? cueIndex : np[1]));
        }
    }

    /**
     * Whether the statement before a source set off by commas goes on after it ("The plan, Smith said, would
     * cost ..."): not when a whole clause came first and a description of the source follows ("The depot will
     * reopen, said Ana Ruiz, a spokeswoman for the mayor", "..., according to the institute, the largest ...").
     */
    private boolean resumesAfterSource(int contentFirst, int contentLast, int next, Document.Sentence s) {
        boolean whole = clauses.finiteClauseAt(contentFirst, s) && !Lexicon.AUXILIARIES.contains(doc.token(contentLast).lower);
        Token t = doc.token(next);
        return !whole || !Lexicon.DETERMINERS.contains(t.lower);
    }

    /** The comma opening "their lawyer, " or "a spokesperson for the mayor, " before a name's comma. */
    private int descriptionStart(int comma, int floor) {
        for (int k = comma - 1; k > floor && k >= comma - 7; k--) {
            Token t = doc.token(k);
            if (t.is(",")) {
                return k < comma - 1 ? k : comma;
            }
            boolean describes = t.isLowercaseWord() && (Lexicon.DETERMINERS.contains(t.lower)
                    || t.is("for") || t.is("of") || t.is("at") || phrases.isDescriptionWord(t, false));
            if (!describes) {
                return comma;
            }
        }
        return comma;
    }

    /** "According to the ministry, X." and "X, according to the ministry." */
    private int accordingTo(Document.Sentence s, int at) {
        int[] np = phrases.npForward(at + 2);
        if (np == null) {
            return at + 1;
        }
        int contentFirst;
        int contentLast;
        boolean leading = at <= phrases.skipIntro(s, at) || at == s.first();
        if (leading) {
            contentFirst = np[1] + 1;
            if (contentFirst <= s.last() && doc.token(contentFirst).is(",")) {
                contentFirst++;
            }
            contentLast = clauses.clauseEnd(contentFirst, s);
        } else {
            if (at - 1 <= s.first() || !doc.token(at - 1).is(",")) {
                return np[1];
            }
            contentFirst = phrases.skipIntro(s, at);
            contentLast = reading.trimEnd(contentFirst, at - 2);
            if (contentLast < contentFirst) {
                return np[1];
            }
            for (int i = candidates.size() - 1; i >= 0 && candidates.get(i).spanLast >= contentFirst; i--) {
                Draft c = candidates.get(i);
                if (c.end > doc.token(contentFirst).start && c.start < doc.token(contentLast).end) {
                    return np[1];
                }
            }
            // "The plan would, according to Smith, cost ...": the statement goes on after the source.
            int after = np[1] + 1;
            if (after < s.last() && doc.token(after).is(",") && reading.wordsBetween(after + 1, s.last()) >= 3
                    && resumesAfterSource(contentFirst, contentLast, after + 1, s)) {
                contentLast = clauses.clauseEnd(after + 1, s);
            } else if (after < s.last() && Clauses.looksFinite(doc.token(after)) && !doc.token(after).lower.endsWith("s")) {
                // "Rescuers, according to the ministry recovered ten survivors": no comma closes the source.
                contentLast = clauses.clauseEnd(after, s);
            }
        }
        if (contentFirst > s.last() || contentLast < contentFirst) {
            return np[1];
        }
        Attribution a = new Attribution(at, np[0], np[1], false);
        if (addClause(at, Lexicon.cue("say"), contentFirst, contentLast, a, "according to")) {
            Draft c = candidates.get(candidates.size() - 1);
            c.spanFirst = Math.min(at, contentFirst);
            c.spanLast = Math.max(np[1], contentLast);
            return c.spanLast;
        }
        return np[1];
    }
}
