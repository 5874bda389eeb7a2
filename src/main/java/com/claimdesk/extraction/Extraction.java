package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules, applied to one document. Not thread-safe; {@link StatementExtractor} makes one per call. */
final class Extraction {

    /** How a candidate's speaker is to be found once all candidates are known. */
    private enum SpeakerSource {
        NAMED,
        PRONOUN,
        /** "The statement added": whoever spoke last. */
        PREVIOUS_STATEMENT,
        /** An unattributed quotation: the speaker of a statement just before, or of the whole release. */
        CONTINUING,
        NONE
    }

    /** "a statement by X", "attributable to X": X speaks wherever no one else is named. */
    private record ReleaseSpeaker(int token, String name) {
    }

    /** A statement before speaker resolution. Token ranges are inclusive. */
    private static final class Candidate {
        StatementKind kind;
        int start;
        int end;
        /** First and last token of the whole construction (speaker, cue and content). */
        int spanFirst;
        int spanLast;
        String cue = "";
        SpeakerSource source = SpeakerSource.NONE;
        String speaker;
        /** Raw speaker words, tried against the known speakers first. */
        String speakerWords;
        int anchor;
        /** Rank when two candidates cover the same words: higher wins. */
        int rank;
        /** For quotations taking their speaker from the statement before: only when that one is near. */
        int paragraph;
    }

    /** Attribution of a quotation or a clause: the cue token and the speaker's words. */
    private record Attribution(int cue, int npFirst, int npLast, boolean useSubject) {
    }

    /** "The leaders also stressed": people named just before. */
    private static final Set<String> BACK_REFERENCES = Lexicon.words("leaders", "ministers", "officials", "men",
            "women", "pair", "two", "sides", "both", "diplomats", "presidents", "counterparts");

    private static final int MAX_CLAUSE_TOKENS = 250;
    private static final int MAX_NP_TOKENS = 10;

    /** What a denial names before its clause: "rejected claims that", "dismissed suggestions that". */
    private static final Set<String> CLAIM_NOUNS = Lexicon.words("claims", "claim", "reports", "report",
            "allegations", "allegation", "accusations", "accusation", "suggestions", "suggestion", "rumors",
            "rumor", "rumours", "rumour", "speculation", "charges", "charge", "assertions", "assertion",
            "notion", "idea", "suspicions", "insinuations", "stories", "contention", "assessments");

    private static final Set<String> NOT_A_CLAUSE = Lexicon.words("so", "nothing", "goodbye", "yes", "no",
            "something", "anything", "little", "much", "more", "otherwise", "hello", "thanks", "this", "that",
            "it", "what", "how", "why", "when", "where", "whether", "if", "to", "too", "also", "only", "not",
            "earlier", "later", "previously", "recently", "publicly", "repeatedly", "again", "as", "goodbye",
            "very", "sorry", "ok", "okay", "and", "but", "or", "of");

    private static final Set<String> INTRO_WORDS = Lexicon.words("on", "in", "at", "during", "after", "before",
            "regarding", "speaking", "earlier", "later", "however", "meanwhile", "also", "but", "and", "today",
            "yesterday", "last", "following", "despite", "amid", "with", "for", "from", "when", "while", "as",
            "since", "in", "under", "according");

    private final Document doc;
    private final Names names;
    private final KnownSpeakers known;
    private final List<FigureFinder.Found> figures;
    private final boolean[] cueUsed;
    /** Per token: a figure starts there ("as many as 50,000", "only 10%"). */
    private final boolean[] figureStart;
    private final Attribution[] quoteAttribution;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<ReleaseSpeaker> releaseSpeakers = new ArrayList<>();
    /**
     * Per paragraph of a transcript or interview: who is talking ("MR. BOUCHER: ..."), null outside
     * answers. First-person statements in a turn are that speaker's.
     */
    private final String[] turnSpeaker;
    /** Per paragraph: first token after the speaker label, or the paragraph start. */
    private final int[] turnStart;
    /** Per paragraph: an interviewer's question, whose premises are not the article's statements. */
    private final boolean[] asked;
    /** The headline paragraph, or -1: a title sums up the statements the article makes, it makes none. */
    private final int headline;

    Extraction(String text, KnownSpeakers known) {
        this.doc = new Document(text);
        this.names = new Names(doc);
        this.known = known;
        this.figures = FigureFinder.find(doc);
        this.cueUsed = new boolean[doc.size()];
        this.figureStart = new boolean[doc.size()];
        for (FigureFinder.Found f : figures) {
            figureStart[f.first()] = true;
        }
        this.quoteAttribution = new Attribution[doc.quotes.size()];
        this.turnSpeaker = new String[doc.skippedParagraph.length];
        this.turnStart = new int[doc.skippedParagraph.length];
        this.asked = new boolean[doc.skippedParagraph.length];
        this.headline = isHeadline(0) ? 0 : -1;
    }

    /** A short first paragraph without closing punctuation, followed by more text. */
    private boolean isHeadline(int p) {
        if (doc.skippedParagraph.length < 2) {
            return false;
        }
        int last = doc.paragraphEnd(p);
        Token end = doc.token(last);
        boolean closed = end.isTerminal() || doc.isClosingMark(last) && last > 0 && doc.token(last - 1).isTerminal();
        // A quotation left open runs on into the next paragraph: that is text, not a title.
        boolean openQuote = end.quote >= 0 && doc.quotes.get(end.quote).close < 0;
        return !closed && !openQuote && last - doc.paragraphStart[p] < 40;
    }

    List<Statement> run() {
        findReleaseSpeakers();
        findTurns();
        attributeQuotes();
        for (Document.Sentence s : doc.sentences) {
            int p = doc.token(s.first()).paragraph;
            if (!doc.skippedParagraph[p] && !asked[p] && p != headline) {
                findReportedSpeech(s);
            }
        }
        addQuoteStatements();
        List<Candidate> kept = removeOverlaps();
        candidates.clear();
        candidates.addAll(kept);
        addTurnClaims();
        findAssertions();
        candidates.sort(Comparator.comparingInt(c -> c.start));
        return resolveAndBuild();
    }

    // ---- transcripts and interviews -----------------------------------------------------------

    private static final Set<String> QUESTIONERS = Lexicon.words("q", "question", "questioner", "reporter",
            "moderator", "interviewer", "wikinews", "participant", "audience", "staff", "operator", "host",
            "journalist", "press");

    /** Labels that introduce notes rather than speakers. */
    private static final Set<String> NOT_SPEAKERS = Lexicon.words("note", "update", "correction", "source",
            "photo", "related", "read", "watch", "video", "image", "caption", "disclaimer", "warning", "breaking",
            "exclusive", "opinion", "analysis", "editor", "tags", "topics", "filed", "posted", "updated",
            "published", "by", "credit", "email", "tel", "phone", "fax", "contact", "media", "more", "see");

    /**
     * Finds speaker turns: paragraphs opening with a label ("MR. BOUCHER:", "Tom Kyle:") and the
     * paragraphs continuing them, and, in interviews without labels, answers after question paragraphs.
     */
    private void findTurns() {
        int labels = 0;
        boolean shouted = false;
        String[] label = new String[turnSpeaker.length];
        boolean[] question = new boolean[turnSpeaker.length];
        for (int p = 0; p < turnSpeaker.length; p++) {
            turnStart[p] = doc.paragraphStart[p];
            if (doc.skippedParagraph[p]) {
                continue;
            }
            int colon = labelColon(p);
            Token last = doc.token(doc.paragraphEnd(p));
            question[p] = last.is("?") || (doc.isClosingMark(doc.paragraphEnd(p)) && doc.paragraphEnd(p) > 0
                    && doc.token(doc.paragraphEnd(p) - 1).is("?"));
            if (colon < 0) {
                continue;
            }
            labels++;
            turnStart[p] = colon + 1;
            String words = doc.text.substring(doc.token(doc.paragraphStart[p]).start, doc.token(colon - 1).end);
            shouted |= words.equals(words.toUpperCase(Locale.ROOT)) && words.length() > 2;
            String firstWord = doc.token(doc.paragraphStart[p]).lower.replace(".", "");
            if (QUESTIONERS.contains(firstWord)) {
                label[p] = "";
                question[p] = true;
            } else {
                String person = names.personAfter(doc.paragraphStart[p], colon - doc.paragraphStart[p]);
                label[p] = person != null ? person : Names.clean(words);
            }
        }
        if (labels >= 2 || shouted) {
            String current = null;
            for (int p = 0; p < turnSpeaker.length; p++) {
                if (label[p] != null) {
                    current = label[p].isEmpty() ? null : label[p];
                    asked[p] = label[p].isEmpty();
                    if (question[p]) {
                        continue;
                    }
                } else if (question[p]) {
                    current = null;
                    asked[p] = true;
                    continue;
                } else {
                    asked[p] = current == null && p > 0 && asked[p - 1];
                }
                turnSpeaker[p] = doc.skippedParagraph[p] ? null : current;
            }
            return;
        }
        findInterviewAnswers(question);
    }

    /** The colon ending a speaker label at the start of the paragraph, or -1. */
    private int labelColon(int p) {
        int first = doc.paragraphStart[p];
        int end = doc.paragraphEnd(p);
        for (int k = first; k <= end && k < first + 10; k++) {
            Token t = doc.token(k);
            if (t.is(":")) {
                return k > first && k < end && !NOT_SPEAKERS.contains(doc.token(first).lower) ? k : -1;
            }
            boolean nameLike = t.isCapitalized() || (t.is(".") && k > first) || t.is("of") || t.is("and");
            if (!nameLike || Lexicon.cue(t.lower) != null) {
                return -1;
            }
        }
        return -1;
    }

    /** "Wikinews interviews Jon Greenspon": paragraphs answering question paragraphs are his. */
    private void findInterviewAnswers(boolean[] question) {
        int questions = 0;
        for (boolean q : question) {
            questions += q ? 1 : 0;
        }
        if (questions < 2) {
            return;
        }
        String interviewee = null;
        for (int k = 0; k < doc.size() && interviewee == null; k++) {
            if (doc.token(k).lower.startsWith("interview")) {
                interviewee = names.personAfter(k + 1, 10);
            }
        }
        if (interviewee == null) {
            return;
        }
        boolean afterQuestion = false;
        for (int p = 0; p < turnSpeaker.length; p++) {
            if (question[p]) {
                afterQuestion = true;
                asked[p] = true;
            } else if (afterQuestion && !doc.skippedParagraph[p]) {
                turnSpeaker[p] = interviewee;
            }
        }
    }

    private static final Set<String> OPENERS = Lexicon.words("let", "thank", "thanks", "good", "hi", "hello",
            "yeah", "yes", "okay", "ok", "well", "please", "sure", "welcome", "nope", "no");

    /** "I'm not going to get ahead of ...", "I'd refer you to ...": talk about the talk. */
    private static final Set<String> SELF_REFERENCE = Lexicon.words("i'm", "i'll", "i'd", "let's", "we'll");

    private static final Set<String> I_META_VERBS = Lexicon.words("want", "think", "hope", "would", "will",
            "am", "can't", "won't", "don't", "cannot", "can", "guess", "believe", "mean", "wish");

    private static final Set<String> TRUTH_WORDS = Lexicon.words("correct", "incorrect", "true", "false",
            "accurate", "inaccurate", "wrong", "untrue", "misleading", "fact", "facts", "lie", "lies");

    private static final Set<String> QUANTITY_WORDS = Lexicon.words("thousands", "millions", "billions",
            "hundreds", "dozens", "tens", "percent", "half", "majority", "most");

    /** In a speaker's turn, sentences that make a checkable claim become that speaker's direct statements. */
    private void addTurnClaims() {
        boolean[] covered = coveredTokens();
        int f = 0;
        for (Document.Sentence s : doc.sentences) {
            int p = doc.token(s.first()).paragraph;
            if (turnSpeaker[p] == null) {
                continue;
            }
            int first = Math.max(s.first(), turnStart[p]);
            while (f < figures.size() && figures.get(f).first() < first) {
                f++;
            }
            boolean figure = false;
            boolean checkable = false;
            for (int g = f; g < figures.size() && figures.get(g).last() <= s.last(); g++) {
                figure = true;
                checkable |= figures.get(g).checkable();
            }
            int last = trimEnd(first, s.last());
            boolean free = true;
            for (int k = first; k <= s.last() && free; k++) {
                free = !covered[k];
            }
            if (!free || first > last || !doc.token(s.last()).isTerminal() || doc.token(s.last()).is("?")) {
                continue;
            }
            if (claimScore(first, s.last(), figure, checkable) >= 2) {
                Candidate c = new Candidate();
                c.kind = StatementKind.DIRECT;
                c.start = doc.token(first).start;
                c.end = doc.token(s.last()).end;
                c.spanFirst = first;
                c.spanLast = s.last();
                c.source = SpeakerSource.NAMED;
                c.speaker = turnSpeaker[p];
                c.paragraph = p;
                c.anchor = first;
                candidates.add(c);
            }
        }
    }

    /** How much a spoken sentence looks like a checkable claim rather than talk about the talk. */
    private int claimScore(int first, int last, boolean figure, boolean checkable) {
        int words = 0;
        boolean properNoun = false;
        boolean pastTense = false;
        boolean negation = false;
        boolean truth = false;
        boolean quantity = false;
        int start = first;
        while (start < last && (doc.token(start).is("and") || doc.token(start).is("but") || doc.token(start).is("so")
                || doc.token(start).type == Token.Type.PUNCT)) {
            start++;
        }
        Token opener = doc.token(start);
        boolean meta = OPENERS.contains(opener.lower) || SELF_REFERENCE.contains(opener.lower.replace('\u2019', '\''))
                || (opener.is("i") && start + 1 <= last && I_META_VERBS.contains(doc.token(start + 1).lower));
        for (int k = start; k <= last; k++) {
            Token t = doc.token(k);
            if (!t.isWord()) {
                continue;
            }
            words++;
            properNoun |= k > start && t.isCapitalized() && !t.is("I") && !Lexicon.NON_NAME_CAPITALS.contains(t.lower);
            pastTense |= t.isLowercaseWord() && t.lower.length() > 4 && t.lower.endsWith("ed");
            negation |= t.is("not") || t.is("never") || t.lower.endsWith("n't") || t.lower.endsWith("n\u2019t");
            truth |= TRUTH_WORDS.contains(t.lower);
            quantity |= QUANTITY_WORDS.contains(t.lower);
        }
        int score = (checkable || quantity ? 2 : figure ? 1 : 0) + (properNoun ? 1 : 0) + (pastTense ? 1 : 0)
                + (negation ? 1 : 0) + (truth ? 1 : 0) - (meta ? 2 : 0);
        return words < 4 ? 0 : score;
    }

    private boolean[] coveredTokens() {
        boolean[] covered = new boolean[doc.size()];
        for (Candidate c : candidates) {
            for (int k = Math.max(0, c.spanFirst); k <= c.spanLast && k < covered.length; k++) {
                covered[k] = true;
            }
        }
        return covered;
    }

    // ---- quotations ---------------------------------------------------------------------------

    private static final Set<String> RELEASE_NOUNS = Lexicon.words("statement", "statements", "remarks",
            "attributable", "comments", "message");

    private void findReleaseSpeakers() {
        for (int k = 0; k + 2 < doc.size(); k++) {
            Token t = doc.token(k);
            Token next = doc.token(k + 1);
            if (!RELEASE_NOUNS.contains(t.lower)
                    || !(next.is("by") || next.is("from") || next.is("of") || next.is("to"))) {
                continue;
            }
            for (int m = k + 2; m < doc.size() && m < k + 8; m++) {
                Names.Mention mention = names.mentionAt(m);
                if (mention != null && mention.hasName()) {
                    releaseSpeakers.add(new ReleaseSpeaker(k, names.fullName(mention)));
                    break;
                }
                if (doc.token(m).type == Token.Type.PUNCT) {
                    break;
                }
            }
        }
    }

    private String releaseSpeakerBefore(int token) {
        String found = null;
        for (ReleaseSpeaker r : releaseSpeakers) {
            if (r.token() > token) {
                break;
            }
            found = r.name();
        }
        return found;
    }

    private void attributeQuotes() {
        for (int q = 0; q < doc.quotes.size(); q++) {
            Document.Quote quote = doc.quotes.get(q);
            if (doc.skippedParagraph[doc.token(quote.open).paragraph] || quote.words < 3) {
                continue;
            }
            Attribution a = attributionAfter(quote);
            if (a == null) {
                a = attributionBefore(quote);
            }
            if (a != null) {
                quoteAttribution[q] = a;
                if (a.cue >= 0) {
                    cueUsed[a.cue] = true;
                }
            }
        }
    }

    private boolean isCueAt(int k, boolean forQuote) {
        Token t = doc.token(k);
        Lexicon.Cue cue = t.isLowercaseWord() && t.quote < 0 ? Lexicon.cue(t.lower) : null;
        if (cue == null || (forQuote && !Lexicon.attributesQuotes(cue))) {
            return false;
        }
        return !isPassive(k, cue) && !isNoun(k, cue);
    }

    private boolean isPassive(int k, Lexicon.Cue cue) {
        if (!cue.passiveForm()) {
            return false;
        }
        int p = k - 1;
        while (p >= 0 && doc.token(p).isLowercaseWord() && doc.token(p).lower.endsWith("ly")) {
            p--;
        }
        return p >= 0 && Lexicon.BE_FORMS.contains(doc.token(p).lower);
    }

    /** "the claims that", "Russia's demand": the cue word used as a noun. */
    private boolean isNoun(int k, Lexicon.Cue cue) {
        if (k == 0) {
            return false;
        }
        Token prev = doc.token(k - 1);
        if (cue.passiveForm()) {
            // "for alleged war crimes", "the stated aim": the participle as an adjective.
            return Lexicon.DETERMINERS.contains(prev.lower) || (Lexicon.PREPOSITIONS.contains(prev.lower)
                    && !prev.is("to") && k + 1 < doc.size() && doc.token(k + 1).isLowercaseWord()
                    && !doc.token(k + 1).is("that") && !Lexicon.PREPOSITIONS.contains(doc.token(k + 1).lower));
        }
        if (cue.participle()) {
            return Lexicon.DETERMINERS.contains(prev.lower) || prev.is("amid") || prev.is("of")
                    || prev.is("including");
        }
        // "citing reports that": the object of a participle, never a verb whose subject is "citing".
        boolean participleObject = prev.isLowercaseWord() && prev.lower.endsWith("ing") && prev.lower.length() > 5
                && Lexicon.cue(prev.lower) == null;
        return Lexicon.DETERMINERS.contains(prev.lower) || prev.isPossessive() || prev.is("amid") || participleObject
                || (Lexicon.PREPOSITIONS.contains(prev.lower) && !prev.is("to"));
    }

    /** `"...," Stoltenberg said`, `"...," said the spokesman`, `"..." according to the ministry`. */
    private Attribution attributionAfter(Document.Quote quote) {
        if (quote.close < 0) {
            return null;
        }
        int n = doc.size();
        int j = quote.close + 1;
        int paragraph = doc.token(quote.close).paragraph;
        if (j < n && (doc.token(j).text.equals(",") || isDash(doc.token(j)))) {
            j++;
        }
        boolean afterFullStop = doc.token(quote.close - 1).isTerminal() && !doc.token(quote.close - 1).is("?")
                && !doc.token(quote.close - 1).is("!");
        int commas = 0;
        int relative = -1;
        int limit = j + MAX_NP_TOKENS;
        for (int k = j; k < n && k < limit; k++) {
            Token t = doc.token(k);
            // `"...," Ms. Whitlock said`: the period of a title ends nothing.
            if (t.is(".") && k > j && doc.token(k - 1).end == t.start
                    && Lexicon.TITLE_ABBREVIATIONS.contains(doc.token(k - 1).lower)) {
                continue;
            }
            if (t.paragraph != paragraph || t.type == Token.Type.QUOTE || t.isTerminal() || t.is(";")
                    || t.is(":")) {
                return null;
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
                int[] np = npForward(k + 2);
                return np == null ? null : new Attribution(k, np[0], np[1], false);
            }
            if (isCueAt(k, true)) {
                if (afterFullStop && !endsSoon(k + 1)) {
                    return null;
                }
                if (k == j) {
                    int[] np = npForward(k + 1);
                    return np == null ? new Attribution(k, -1, -1, true) : new Attribution(k, np[0], np[1], false);
                }
                if (relative >= 0) {
                    return new Attribution(k, j, relative - 1, false);
                }
                int npLast = skipModifiersBack(k - 1, j);
                // "the UN Secretary-General, António Guterres, said": the name in the apposition.
                int[] np = npLast >= j && doc.token(npLast).is(",") ? npBefore(k) : null;
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
        if (k < 0 || doc.token(k).paragraph != doc.token(quote.open).paragraph) {
            return null;
        }
        boolean colon = doc.token(k).is(":");
        if (colon || doc.token(k).is(",") || isDash(doc.token(k))) {
            k--;
        }
        int sentence = doc.token(quote.open).sentence;
        // Addressee and adjuncts may stand between: `told a guard at the door, in French, "..."`.
        for (int m = k; m >= 0 && m > k - 14; m--) {
            Token t = doc.token(m);
            // A verb between cue and quotation makes the quotation part of a reported clause ("said
            // the plan was 'a recipe for chaos'"): a mixed statement, found with the clause.
            if (t.sentence != sentence || t.type == Token.Type.QUOTE || t.isTerminal() || t.is(";")
                    || t.is("that") || (t.isLowercaseWord() && (Lexicon.AUXILIARIES.contains(t.lower)
                    || m < k - 7 && !isCueAt(m, true) && (t.lower.endsWith("ed") || PAST_FORMS.contains(t.lower))))) {
                break;
            }
            if (isCueAt(m, true)) {
                int[] np = npBefore(m);
                return np == null ? new Attribution(m, -1, -1, true) : new Attribution(m, np[0], np[1], false);
            }
        }
        if (colon && k >= 0 && doc.token(k).sentence == sentence) {
            int[] np = sentenceSubject(sentence, k);
            if (np != null) {
                return new Attribution(-1, np[0], np[1], false);
            }
        }
        return null;
    }

    private static boolean isDash(Token t) {
        return t.is("\u2014") || t.is("\u2013") || t.is("-");
    }

    /** Quotations not taken into reported speech become direct statements, one per paragraph. */
    private void addQuoteStatements() {
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
            if (quote.words < 3 || isTitleLike(quote)) {
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
                subject = sentenceSubject(doc.token(quote.open).sentence, quote.open);
                boolean characterised = characterisingVerbBefore(quote.open);
                if (subject == null || !canSpeak(subject) || (quote.words < 5 && !characterised)) {
                    continue;
                }
            }
            StatementKind kind = a == null && !standsAlone ? StatementKind.MIXED : StatementKind.DIRECT;
            List<Candidate> pieces = splitByParagraph(quote, kind);
            for (Candidate c : pieces) {
                if (a != null) {
                    setSpeaker(c, a);
                    c.rank = 3;
                } else if (standsAlone) {
                    c.source = SpeakerSource.CONTINUING;
                    c.rank = 1;
                    // 'Jones was more cautious. "We don't know yet."': the person the sentence before is about.
                    String person = personSubjectBefore(quote.open);
                    if (person != null) {
                        c.source = SpeakerSource.NAMED;
                        c.speaker = person;
                    }
                } else {
                    setSpeaker(c, new Attribution(-1, subject[0], subject[1], false));
                    c.rank = 1;
                }
                if (a != null && a.cue >= 0) {
                    c.spanFirst = Math.min(c.spanFirst, a.npFirst >= 0 ? Math.min(a.npFirst, a.cue) : a.cue);
                    c.spanLast = Math.max(c.spanLast, Math.max(a.cue, a.npLast));
                }
                candidates.add(c);
            }
        }
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
        Candidate c = new Candidate();
        c.kind = StatementKind.MIXED;
        c.start = doc.token(verb + 1).start;
        c.end = doc.token(last).end;
        c.spanFirst = verb;
        c.spanLast = last;
        c.anchor = verb;
        c.paragraph = doc.token(verb).paragraph;
        c.rank = 3;
        int[] np = npBefore(verb);
        if (np != null) {
            c.spanFirst = np[0];
        } else {
            np = sentenceSubject(doc.token(verb).sentence, verb);
        }
        setSpeaker(c, np == null ? null : new Attribution(verb, np[0], np[1], false));
        c.cue = doc.token(verb).text;
        candidates.add(c);
    }

    /** The named person subject of the sentence just before the token in its paragraph, or null. */
    private String personSubjectBefore(int open) {
        int p = doc.token(open).paragraph;
        if (open <= doc.paragraphStart[p] || open <= turnStart[p]) {
            return null;
        }
        int sentence = doc.token(open - 1).sentence;
        int[] np = sentenceSubject(sentence, doc.sentences.get(sentence).last() + 1);
        if (np == null || doc.token(np[0]).quote >= 0) {
            return null;
        }
        for (int k = np[0]; k <= np[1]; k++) {
            Names.Mention m = names.mentionAt(k);
            if (m != null && m.hasName() && m.type != Names.Type.ORGANISATION && !doc.token(m.last).isPossessive()) {
                return names.fullName(m);
            }
        }
        return null;
    }

    private List<Candidate> splitByParagraph(Document.Quote quote, StatementKind kind) {
        List<Candidate> pieces = new ArrayList<>();
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
                Candidate c = new Candidate();
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

    /** People and bodies that make statements: a name, a pronoun, a role, or a group of people. */
    private boolean canSpeak(int[] np) {
        for (int k = np[0]; k <= np[1]; k++) {
            Token t = doc.token(k);
            Names.Mention m = names.mentionAt(k);
            if ((m != null && m.hasName()) || Lexicon.PRONOUNS.contains(t.lower) || Lexicon.ROLE_HEADS.contains(t.bareLower())
                    || SPEAKING_GROUPS.contains(t.bareLower()) || Lexicon.ORG_WORDS.contains(t.bareLower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPEAKING_GROUPS = Lexicon.words("critics", "officials", "leaders",
            "residents", "experts", "analysts", "campaigners", "activists", "protesters", "opponents",
            "supporters", "lawmakers", "ministers", "scientists", "researchers", "doctors", "police", "witnesses",
            "authorities", "prosecutors", "lawyers", "investigators", "sources", "observers", "economists",
            "government", "ministry", "company", "firm", "group", "union", "agency", "court", "report", "study");

    /** A quoted headline in a list of sources: `"Title" — Publisher, date`. */
    private boolean isCitation(Document.Quote quote) {
        int next = quote.close + 1;
        return quote.close >= 0 && next + 1 < doc.size() && isDash(doc.token(next))
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

    // ---- reported speech ----------------------------------------------------------------------

    private void findReportedSpeech(Document.Sentence s) {
        for (int i = s.first(); i <= s.last(); i++) {
            Token t = doc.token(i);
            if (t.quote >= 0 || cueUsed[i]) {
                continue;
            }
            if (t.is("according") && i + 1 <= s.last() && doc.token(i + 1).is("to")) {
                i = accordingTo(s, i);
                continue;
            }
            if (!isCueAt(i, false) || isNegated(i) || inCondition(i, s)) {
                continue;
            }
            Lexicon.Cue cue = Lexicon.cue(t.lower);
            int contentFirst = clauseAfter(i, cue, s);
            if (contentFirst >= 0) {
                int contentLast = clauseEnd(contentFirst, s);
                // "denied any sexual activity, but ...": a denied thing, not a clause, ends at the comma.
                if (cue.isDenial() && !finiteClauseAt(contentFirst, s)) {
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
                    i = Math.max(i, contentFirst - 1);
                }
                continue;
            }
            trailingAttribution(i, s);
        }
    }

    /** "If consumers replied that ..., they were charged": a supposition, not something said. */
    private boolean inCondition(int cueIndex, Document.Sentence s) {
        int k = skipIntroDateline(s);
        if (doc.token(k).is("even") && k + 1 < cueIndex) {
            k++;
        }
        // A condition is a short opening clause; the bound keeps long unpunctuated text linear.
        if (!doc.token(k).is("if") && !doc.token(k).is("unless") || cueIndex - k > 40) {
            return false;
        }
        for (int m = k + 1; m < cueIndex; m++) {
            if (doc.token(m).is(",")) {
                return false;
            }
        }
        return true;
    }

    /** "did not say that", "have never claimed": what is not said is no statement. */
    private boolean isNegated(int cueIndex) {
        for (int k = cueIndex - 1; k >= 0 && k >= cueIndex - 4; k--) {
            Token t = doc.token(k);
            if (t.is("not") || t.is("never") || t.lower.endsWith("n't") || t.lower.endsWith("n\u2019t")) {
                return true;
            }
            if (!Lexicon.VERB_MODIFIERS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** First token of what a speech verb reports, or -1. */
    private int clauseAfter(int cueIndex, Lexicon.Cue cue, Document.Sentence s) {
        int k = cueIndex + 1;
        if (k > s.last()) {
            return -1;
        }
        // "that" within a few words: "said in a statement that", "told reporters on Friday that",
        // "denied claims that"; no verb may stand between.
        for (int m = k; m <= s.last() && m < k + 10; m++) {
            Token t = doc.token(m);
            // "What I can tell you is that ...": the clause follows the copula.
            if ((t.is("is") || t.is("was")) && m + 1 <= s.last() && doc.token(m + 1).is("that") && m > k) {
                continue;
            }
            if (t.is("that")) {
                boolean fits = cue.needsClaimNoun() ? claimNounBetween(k, m) : m == k || fitsBeforeThat(k, m, cue);
                return fits && m + 1 <= s.last() ? m + 1 : -1;
            }
            if (t.type == Token.Type.QUOTE || t.isTerminal() || t.is(";") || t.is(":")
                    || Lexicon.AUXILIARIES.contains(t.lower)
                    || (t.isLowercaseWord() && Lexicon.cue(t.lower) != null
                    && !(cue.isDenial() && CLAIM_NOUNS.contains(t.lower)))) {
                break;
            }
        }
        boolean strong = cue.strength() == Lexicon.CueStrength.STRONG;
        if (!strong && NO_BARE_CLAUSE.contains(cue.lemma())) {
            return -1;
        }
        if (cueIndex > 0 && doc.token(cueIndex - 1).is(",") && !cue.participle() && invertedAttribution(k, s)) {
            return -1;
        }
        if (Lexicon.ADDRESSEE_LEMMAS.contains(cue.lemma())) {
            k = skipAddressee(k, s);
        }
        k = skipAdjuncts(k, s.last());
        // "noted on Monday, the fatalities were ...": a comma may close the attribution.
        if (k < s.last() && doc.token(k).is(",") && finiteClauseAt(k + 1, s)) {
            k++;
        }
        // A weaker verb ("indicated", "cautioned") reports a clause without "that" only when one
        // plainly follows: a subject and a finite verb, not an object ("indicated support").
        if (k > s.last() || !strong && !finiteClauseAt(k, s)) {
            return -1;
        }
        Token first = doc.token(k);
        boolean wordLike = first.type == Token.Type.WORD || first.type == Token.Type.NUMBER
                || (first.type == Token.Type.QUOTE && doc.isOpeningMark(k));
        // "said it would", "denied this was": a pronoun subject when a verb follows it.
        boolean pronounSubject = SUBJECT_WORDS.contains(first.lower) && k + 1 <= s.last()
                && looksFinite(doc.token(k + 1)) || figureStart[k];
        if (!wordLike || Lexicon.PREPOSITIONS.contains(first.lower)
                || (NOT_A_CLAUSE.contains(first.lower) && !pronounSubject)
                || Lexicon.cue(first.lower) != null && first.isLowercaseWord()) {
            return -1;
        }
        // "..., said the spokesman." has no clause after the verb: the sentence ends first.
        int words = 0;
        for (int m = k; m <= s.last() && words < 4; m++) {
            if (doc.token(m).isWord() || doc.token(m).type == Token.Type.NUMBER) {
                words++;
            }
        }
        return words >= 3 ? k : -1;
    }

    /** Weaker verbs whose bare object is never a reported clause: "asked them to", "accused him of". */
    private static final Set<String> NO_BARE_CLAUSE = Lexicon.words("continue", "ask", "accuse", "charge", "post",
            "point", "repeat", "comment", "inform", "remind", "assure", "tout", "specify", "elaborate", "recount");

    /**
     * A clause starts at the token: a subject of one to ten words, then a finite verb ("each victim
     * will", "68 people were", "the crown prince ordered"), with no punctuation, relative word or
     * infinitive before it.
     */
    private boolean finiteClauseAt(int k, Document.Sentence s) {
        if (k > s.last()) {
            return false;
        }
        Token first = doc.token(k);
        if (!(first.isWord() || first.type == Token.Type.NUMBER) || Lexicon.PREPOSITIONS.contains(first.lower)
                || Lexicon.AUXILIARIES.contains(first.lower) || NOT_A_CLAUSE.contains(first.lower)
                && !SUBJECT_WORDS.contains(first.lower) || first.isLowercaseWord() && Lexicon.cue(first.lower) != null
                || first.is("according")) {
            return false;
        }
        for (int m = k + 1; m <= s.last() && m <= k + 10; m++) {
            Token t = doc.token(m);
            if (t.type == Token.Type.PUNCT && !t.is("-") && !t.is("'") && !t.is("\u2019") || t.type == Token.Type.QUOTE
                    || t.is("that") || t.is("which") || t.is("who") || t.is("to")) {
                return false;
            }
            if (!t.isLowercaseWord()) {
                continue;
            }
            // A form in -ed far from the start more likely qualifies the noun ("the data averaged over").
            boolean participle = Lexicon.DETERMINERS.contains(doc.token(m - 1).lower) || m - k > 3;
            if (Lexicon.AUXILIARIES.contains(t.lower) || PAST_FORMS.contains(t.lower)
                    || t.lower.endsWith("ed") && !participle) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUBJECT_WORDS = Lexicon.words("it", "this", "that", "there", "nothing",
            "much", "more", "little", "something", "anything");

    private static final Set<String> TIME_ADJUNCTS = Lexicon.words("today", "yesterday", "tonight", "earlier",
            "later", "again", "also", "previously", "recently", "repeatedly", "separately", "then", "however",
            "meanwhile", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final Set<String> TIME_NOUNS = Lexicon.words("week", "weekend", "month", "year", "night",
            "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** ", said the spokesman." / ", said Smith, adding": a speaker after the verb, nothing reported. */
    private boolean invertedAttribution(int k, Document.Sentence s) {
        int[] np = k <= s.last() ? npForward(k) : null;
        if (np == null) {
            return true;
        }
        int after = np[1] + 1;
        return after > s.last() || doc.token(after).is(",") || doc.token(after).isTerminal()
                || isDash(doc.token(after));
    }

    /** Skips what may stand between a speech verb and its clause: "said on Monday", "said last week". */
    private int skipAdjuncts(int k, int limit) {
        while (k <= limit) {
            Token t = doc.token(k);
            Token next = k + 1 <= limit ? doc.token(k + 1) : null;
            if (TIME_ADJUNCTS.contains(t.lower) || (t.isLowercaseWord() && t.lower.endsWith("ly") && t.lower.length() > 4)) {
                k++;
            } else if (next != null && TIME_NOUNS.contains(next.lower)
                    && (t.is("on") || t.is("this") || t.is("last") || t.is("next") || t.is("late") || t.is("early"))) {
                k += 2;
            } else {
                return k;
            }
        }
        return k;
    }

    /** A word that can be the verb right after a pronoun subject: "it would", "this was", "it plans". */
    private static boolean looksFinite(Token t) {
        if (!t.isLowercaseWord()) {
            return false;
        }
        return Lexicon.AUXILIARIES.contains(t.lower) || PAST_FORMS.contains(t.lower) || t.lower.endsWith("ed")
                || (t.lower.endsWith("s") && !t.lower.endsWith("ss") && !Lexicon.PREPOSITIONS.contains(t.lower)
                && !t.is("as") && !t.is("its") && !t.is("his") && !t.is("this"));
    }

    private boolean fitsBeforeThat(int from, int that, Lexicon.Cue cue) {
        Token first = doc.token(from);
        if (Lexicon.PREPOSITIONS.contains(first.lower) || first.is(",") || Lexicon.VERB_MODIFIERS.contains(first.lower)
                || first.lower.endsWith("ly")) {
            return true;
        }
        if (Lexicon.ADDRESSEE_LEMMAS.contains(cue.lemma())) {
            return true;
        }
        return cue.isDenial() && claimNounBetween(from, that);
    }

    private boolean claimNounBetween(int from, int that) {
        for (int m = from; m < that; m++) {
            if (CLAIM_NOUNS.contains(doc.token(m).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Skips the person addressed: "told reporters", "told the BBC", "warned Moscow". */
    private int skipAddressee(int k, Document.Sentence s) {
        int m = k;
        if (m <= s.last() && Lexicon.DETERMINERS.contains(doc.token(m).lower)) {
            m++;
        }
        Names.Mention mention = m <= s.last() ? names.mentionAt(m) : null;
        if (mention != null) {
            return mention.last + 1;
        }
        Token t = m <= s.last() ? doc.token(m) : null;
        if (t != null && ADDRESSEES.contains(t.lower)) {
            return m + 1;
        }
        return k;
    }

    /** Whom a speaker tells or warns: "told reporters", "told the court", "warned investors". */
    private static final Set<String> ADDRESSEES = Lexicon.words("reporters", "journalists", "you", "him", "her",
            "them", "us", "me", "lawmakers", "parliament", "congress", "senators", "investigators", "police",
            "officials", "supporters", "members", "residents", "people", "viewers", "listeners", "delegates",
            "students", "investors", "analysts", "shareholders", "court", "jury", "judge", "committee", "inquiry",
            "panel", "hearing", "audience", "crowd", "voters", "staff", "employees", "workers", "colleagues",
            "mps", "legislators", "newspaper", "paper", "broadcaster", "station", "agency", "media", "press",
            "television", "radio", "parents", "families", "customers", "fans", "lawyers", "prosecutors",
            "senate", "house", "assembly", "council", "conference", "briefing", "rally", "summit", "troops");

    /** Last token of a reported clause: the sentence end, or where an attribution or a new clause begins. */
    private int clauseEnd(int from, Document.Sentence s) {
        int limit = Math.min(s.last(), from + MAX_CLAUSE_TOKENS);
        int end = limit;
        // In "Although X said Y, Z happened" the main clause after the comma is not what X said.
        boolean subordinate = from > s.first() && SUBORDINATORS.contains(doc.token(skipIntroDateline(s)).lower);
        for (int m = from + 1; m <= limit; m++) {
            Token t = doc.token(m);
            if (t.quote >= 0) {
                continue;
            }
            if (t.is(",") && (subordinate && finiteClauseAt(m + 1, s)
                    || m + 2 <= limit && DISCOURSE_ADVERBS.contains(doc.token(m + 1).lower)
                    && (doc.token(m + 2).is(",") || finiteClauseAt(m + 2, s)))) {
                end = m - 1;
                break;
            }
            if (doc.isClosingMark(m) && doc.token(m - 1).is(",") && m + 1 <= limit
                    && (doc.token(m + 1).is("according") || attributionFollows(m + 1, s))) {
                end = m;
                break;
            }
            if (t.is(";")) {
                end = m - 1;
                break;
            }
            if (t.is(",") || isDash(t)) {
                int next = m + 1;
                if (next <= limit && doc.token(next).is("according")) {
                    end = m - 1;
                    break;
                }
                if (next <= limit && isCueAt(next, false) && Lexicon.cue(doc.token(next).lower).participle()) {
                    end = m - 1;
                    break;
                }
                if (attributionFollows(next, s)) {
                    end = m - 1;
                    break;
                }
            }
            if ((t.is("and") || t.is("but")) && coordinatedVerbFollows(m + 1, s)) {
                end = m - 1;
                break;
            }
            // ", while the employer said ...", ", and to ...": a second clause, not part of this one.
            if (doc.token(m - 1).is(",") && (CLAUSE_JOINERS.contains(t.lower) && ownAttributionFollows(m + 1, s)
                    || t.is("and") && m + 1 <= limit && doc.token(m + 1).is("to"))) {
                end = m - 2;
                break;
            }
        }
        return trimEnd(from, end);
    }

    /** Words opening a subordinate clause before the main one. */
    private static final Set<String> SUBORDINATORS = Lexicon.words("although", "though", "while", "whereas",
            "because", "if", "unless", "even");

    /** ", however, ...", ", meanwhile, ...": the writer moves on to another clause. */
    private static final Set<String> DISCOURSE_ADVERBS = Lexicon.words("however", "meanwhile", "nevertheless",
            "nonetheless", "instead", "moreover", "furthermore", "therefore", "thus");

    private static final Set<String> CLAUSE_JOINERS = Lexicon.words("and", "but", "while", "whereas", "as",
            "although", "though");

    /** "the employer said", "its lawyers argued": a subject and a speech verb of its own. */
    private boolean ownAttributionFollows(int k, Document.Sentence s) {
        for (int m = k; m <= s.last() && m < k + 8; m++) {
            Token t = doc.token(m);
            if (m > k && isCueAt(m, false) && !Lexicon.cue(t.lower).participle()) {
                return true;
            }
            boolean npWord = t.isCapitalized() || Lexicon.DETERMINERS.contains(t.lower)
                    || (t.isLowercaseWord() && !Lexicon.NP_BREAKERS.contains(t.lower) && !Lexicon.AUXILIARIES.contains(t.lower)
                    && !t.lower.endsWith("ed")) || t.is("he") || t.is("she") || t.is("they") || t.is("it")
                    || t.is("we") || t.isPossessive();
            if (!npWord && !(t.is(".") && m > k)) {
                return false;
            }
        }
        return false;
    }

    /** ", Little said." / ", said the spokesman," / ", he added": an attribution starting at the token. */
    private boolean attributionFollows(int k, Document.Sentence s) {
        for (int m = k; m <= s.last() && m < k + 8; m++) {
            Token t = doc.token(m);
            if (t.type == Token.Type.QUOTE || t.isTerminal() || t.is(";")) {
                return false;
            }
            if (isCueAt(m, false)) {
                if (Lexicon.cue(t.lower).participle()) {
                    return false;
                }
                int after = m + 1;
                while (after <= s.last() && !doc.token(after).is(",") && after < m + 8) {
                    if (doc.token(after).is("that") || Lexicon.AUXILIARIES.contains(doc.token(after).lower)) {
                        return false;
                    }
                    after++;
                }
                return after > s.last() || doc.token(after).is(",") || doc.token(after).isTerminal();
            }
            if (t.is(",") && m > k) {
                return false;
            }
            if (t.isLowercaseWord() && (Lexicon.NP_BREAKERS.contains(t.lower) && !(m == k && Lexicon.PRONOUNS.contains(t.lower)))
                    || Lexicon.AUXILIARIES.contains(t.lower) && !Lexicon.VERB_MODIFIERS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** "and added that", "but denied", "and called for": a second verb of the same subject. */
    private boolean coordinatedVerbFollows(int k, Document.Sentence s) {
        while (k <= s.last() && Lexicon.VERB_MODIFIERS.contains(doc.token(k).lower) && !doc.token(k).is("to")) {
            k++;
        }
        if (k > s.last()) {
            return false;
        }
        Token t = doc.token(k);
        if (isCueAt(k, false)) {
            return true;
        }
        if (t.isLowercaseWord() && t.lower.endsWith("ed") && k + 1 <= s.last()) {
            Token next = doc.token(k + 1);
            return next.is("for") || next.is("on") || next.is("to") || next.is("that");
        }
        return false;
    }

    /** Drops trailing punctuation outside quotation marks. */
    private int trimEnd(int from, int end) {
        while (end > from) {
            Token t = doc.token(end);
            if (t.type == Token.Type.PUNCT && !t.is(")") && !t.is("%") && !t.is("]")) {
                end--;
            } else {
                break;
            }
        }
        return end;
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
        Candidate c = new Candidate();
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
        c.spanFirst = Math.min(cueIndex, a != null && a.npFirst >= 0 ? a.npFirst : cueIndex);
        c.spanLast = contentLast;
        c.rank = 2;
        c.paragraph = doc.token(cueIndex).paragraph;
        setSpeaker(c, a);
        candidates.add(c);
        return true;
    }

    /** The subject of a speech verb, or the sentence's subject for "..., stressing that". */
    private Attribution speakerBefore(int cueIndex, Lexicon.Cue cue) {
        boolean purpose = cueIndex > 1 && doc.token(cueIndex - 1).is("to")
                && !Lexicon.VERB_MODIFIERS.contains(doc.token(cueIndex - 2).lower);
        if (!cue.participle() && !purpose) {
            int[] np = npBefore(cueIndex);
            if (np != null) {
                return new Attribution(cueIndex, np[0], np[1], false);
            }
        }
        int sentence = doc.token(cueIndex).sentence;
        int[] np = sentenceSubject(sentence, cueIndex);
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
            np = Lexicon.ADDRESSEE_LEMMAS.contains(cue.lemma()) ? null : npForward(cueIndex + 1);
            // "..., Dana Holt, D-Harbor, said Tuesday": a day after the verb is when, not who.
            if (np != null && np[0] == np[1] && TIME_ADJUNCTS.contains(doc.token(np[0]).lower)) {
                np = null;
            }
            // "..., their lawyer, Ana Ruiz, told the paper": the name set off by commas before the verb.
            // "Dana Holt, D-Harbor, said": the party and place tag closes the name's apposition.
            int nameComma = cueIndex - 3 > s.first() && PARTY_TAG.matcher(doc.token(cueIndex - 2).text).matches()
                    && doc.token(cueIndex - 3).is(",") ? cueIndex - 2 : cueIndex;
            int[] named = np == null ? npBefore(nameComma) : null;
            // The apposition opens before the name's title: "..., Council Leader Dana Holt, said".
            Names.Mention titled = named == null ? null : names.mentionAt(named[0]);
            int opening = named == null ? -1 : (titled != null ? titled.first : named[0]) - 1;
            if (named != null && named[1] == nameComma - 2 && opening > s.first() && doc.token(opening).is(",")) {
                np = named;
                comma = descriptionStart(opening, s.first());
            }
        } else {
            np = npBefore(cueIndex);
            if (np == null || np[0] - 1 <= s.first() || !doc.token(np[0] - 1).is(",")) {
                return;
            }
            comma = np[0] - 1;
        }
        int contentFirst = skipIntro(s, comma);
        int contentLast = trimEnd(contentFirst, comma - 1);
        // A speech verb inside the clause reports it already ("Hagel told Barak that ..., Little said").
        if (candidateAnchoredIn(contentFirst, contentLast)) {
            cueUsed[cueIndex] = true;
            return;
        }
        if (contentLast < contentFirst || doc.token(contentFirst).quote >= 0) {
            return;
        }
        // "The plan, Smith said, would cost $4 billion": the statement runs on after the attribution,
        // and the whole sentence is the closest contiguous stretch of it.
        boolean continues = after < s.last() && doc.token(after).is(",") && wordsBetween(after + 1, s.last()) >= 3;
        if (continues) {
            contentLast = clauseEnd(after + 1, s);
        }
        Attribution a = np == null ? new Attribution(cueIndex, -1, -1, true) : new Attribution(cueIndex, np[0], np[1], false);
        if (addClause(cueIndex, cue, contentFirst, contentLast, a, doc.token(cueIndex).text)) {
            cueUsed[cueIndex] = true;
            Candidate c = candidates.get(candidates.size() - 1);
            c.spanFirst = contentFirst;
            c.spanLast = Math.max(contentLast, Math.max(cueIndex, np == null ? cueIndex : np[1]));
        }
    }

    /** The comma opening "their lawyer, " or "a spokesperson for the mayor, " before a name's comma. */
    private int descriptionStart(int comma, int floor) {
        for (int k = comma - 1; k > floor && k >= comma - 7; k--) {
            Token t = doc.token(k);
            if (t.is(",")) {
                return k < comma - 1 ? k : comma;
            }
            boolean describes = t.isLowercaseWord() && (Lexicon.DETERMINERS.contains(t.lower)
                    || t.is("for") || t.is("of") || t.is("at") || isDescriptionWord(t, false));
            if (!describes) {
                return comma;
            }
        }
        return comma;
    }

    private int wordsBetween(int first, int last) {
        int words = 0;
        for (int k = first; k <= last; k++) {
            words += doc.token(k).isWord() || doc.token(k).type == Token.Type.NUMBER ? 1 : 0;
        }
        return words;
    }

    /**
     * Whether a statement found so far has its cue inside the tokens. Candidates are added in text
     * order while reported speech is read, so only the last few can reach back this far.
     */
    private boolean candidateAnchoredIn(int first, int last) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Candidate c = candidates.get(i);
            if (c.anchor >= first && c.anchor <= last) {
                return true;
            }
            if (c.spanLast < first) {
                return false;
            }
        }
        return false;
    }

    /** Skips a dateline ("WASHINGTON, March 5, 2013 -") and an introductory phrase ending in a comma. */
    private int skipIntro(Document.Sentence s, int limit) {
        int k = s.first();
        Token first = doc.token(k);
        if (first.isWord() && first.text.length() >= 3 && first.text.equals(first.text.toUpperCase(Locale.ROOT))) {
            for (int m = k + 1; m < limit && m < k + 14; m++) {
                if (isDash(doc.token(m)) && doc.token(m).quote < 0) {
                    k = m + 1;
                    break;
                }
            }
        }
        Token t = doc.token(k);
        if (INTRO_WORDS.contains(t.lower)) {
            for (int m = k + 1; m < limit && m < k + 14; m++) {
                Token u = doc.token(m);
                if (u.is(",")) {
                    return m + 1;
                }
                if (u.type == Token.Type.QUOTE || Lexicon.AUXILIARIES.contains(u.lower)
                        || (u.isLowercaseWord() && Lexicon.cue(u.lower) != null)) {
                    break;
                }
            }
        }
        return k;
    }

    /** "According to the ministry, X." and "X, according to the ministry." */
    private int accordingTo(Document.Sentence s, int at) {
        int[] np = npForward(at + 2);
        if (np == null) {
            return at + 1;
        }
        int contentFirst;
        int contentLast;
        boolean leading = at <= skipIntro(s, at) || at == s.first();
        if (leading) {
            contentFirst = np[1] + 1;
            if (contentFirst <= s.last() && doc.token(contentFirst).is(",")) {
                contentFirst++;
            }
            contentLast = clauseEnd(contentFirst, s);
        } else {
            if (at - 1 <= s.first() || !doc.token(at - 1).is(",")) {
                return np[1];
            }
            contentFirst = skipIntro(s, at);
            contentLast = trimEnd(contentFirst, at - 2);
            if (contentLast < contentFirst) {
                return np[1];
            }
            for (int i = candidates.size() - 1; i >= 0 && candidates.get(i).spanLast >= contentFirst; i--) {
                Candidate c = candidates.get(i);
                if (c.end > doc.token(contentFirst).start && c.start < doc.token(contentLast).end) {
                    return np[1];
                }
            }
            // "The plan would, according to Smith, cost ...": the statement goes on after the source.
            int after = np[1] + 1;
            if (after < s.last() && doc.token(after).is(",") && wordsBetween(after + 1, s.last()) >= 3) {
                contentLast = clauseEnd(after + 1, s);
            } else if (after < s.last() && looksFinite(doc.token(after)) && !doc.token(after).lower.endsWith("s")) {
                // "Rescuers, according to the ministry recovered ten survivors": no comma closes the source.
                contentLast = clauseEnd(after, s);
            }
        }
        if (contentFirst > s.last() || contentLast < contentFirst) {
            return np[1];
        }
        Attribution a = new Attribution(at, np[0], np[1], false);
        if (addClause(at, Lexicon.cue("say"), contentFirst, contentLast, a, "according to")) {
            Candidate c = candidates.get(candidates.size() - 1);
            c.spanFirst = Math.min(at, contentFirst);
            c.spanLast = Math.max(np[1], contentLast);
            return c.spanLast;
        }
        return np[1];
    }

    // ---- noun phrases -------------------------------------------------------------------------

    private int skipModifiersBack(int k, int floor) {
        while (k >= floor && (Lexicon.VERB_MODIFIERS.contains(doc.token(k).lower)
                || (doc.token(k).isLowercaseWord() && doc.token(k).lower.endsWith("ly")))) {
            k--;
        }
        return k;
    }

    /** The subject words before a speech verb, or null when the clause has none ("..., but did say"). */
    private int[] npBefore(int cueIndex) {
        int sentence = doc.token(cueIndex).sentence;
        int floor = doc.sentences.get(sentence).first();
        int last = skipModifiersBack(cueIndex - 1, floor);
        if (last < floor) {
            return null;
        }
        // Apposition: "The spokesman for Putin, Dmitry Peskov, told" — the name before the comma, when
        // only a description ("the chief engineer") precedes it in the apposition; in "Ann Lee, a lawyer
        // representing Smith, told" the name is an object inside it.
        if (doc.token(last).is(",") && last - 1 >= floor) {
            Names.Mention m = names.mentionAt(last - 1);
            int lead = m == null ? -1 : m.first - 1;
            while (lead > floor && lead > last - 12 && isDescriptionWord(doc.token(lead), lead == m.first - 1)) {
                lead--;
            }
            if (m != null && m.hasName() && m.type == Names.Type.PERSON && lead >= floor
                    && doc.token(lead).is(",")) {
                return new int[] {m.nameFirst, m.last};
            }
            // "Jens Stoltenberg, NATO's secretary-general, said", "Smith, who chairs the panel, said",
            // "The report, commissioned by the agency, found": the words before the apposition.
            int opening = -1;
            for (int k = last - 1; k > floor && k > last - 30; k--) {
                Token t = doc.token(k);
                if (t.is(",")) {
                    opening = k;
                    break;
                }
                if (t.type == Token.Type.QUOTE || t.is(";") || t.is(":")) {
                    break;
                }
            }
            if (opening < 0) {
                return null;
            }
            // "Maria Santos, 54, who has lived here for 30 years, said": the age is an apposition too.
            if (opening - 2 > floor && doc.token(opening - 1).type == Token.Type.NUMBER
                    && doc.token(opening - 2).is(",")) {
                opening -= 2;
            }
            Names.Mention before = names.mentionAt(opening - 1);
            if (before != null && before.hasName() && before.type != Names.Type.ORGANISATION) {
                return new int[] {before.first, before.last};
            }
            last = opening - 1;
            if (!doc.token(last).isWord()) {
                return null;
            }
        }
        int first = last + 1;
        for (int k = last; k >= floor && last - k < MAX_NP_TOKENS; k--) {
            Token t = doc.token(k);
            if (t.type == Token.Type.QUOTE || t.quote >= 0) {
                break;
            }
            if (t.type == Token.Type.PUNCT) {
                boolean abbreviationDot = t.is(".") && k > floor && doc.token(k - 1).end == t.start;
                boolean inName = names.mentionAt(k) != null;
                // "the players' union": a plural possessive.
                boolean possessive = Tokenizer.isApostrophe(t.text.charAt(0)) && k > floor
                        && doc.token(k - 1).end == t.start && doc.token(k - 1).lower.endsWith("s");
                if (!abbreviationDot && !inName && !possessive && !t.is("-") && !t.is("(") && !t.is(")")) {
                    break;
                }
                first = k;
                continue;
            }
            if (t.isLowercaseWord()) {
                if (Lexicon.PRONOUNS.contains(t.lower)) {
                    if (k == last) {
                        first = k;
                    }
                    break;
                }
                boolean joinsNames = t.is("and") && k + 1 <= last && k > floor && doc.token(k + 1).isCapitalized()
                        && doc.token(k - 1).isCapitalized();
                // "Reports say", "Other reports say": a speech noun right before the verb is its subject.
                boolean speechNoun = k == last && Lexicon.cue(t.lower) != null && (t.lower.endsWith("s")
                        || (k > floor && Lexicon.DETERMINERS.contains(doc.token(k - 1).lower)));
                if (!joinsNames && (Lexicon.NP_BREAKERS.contains(t.lower) || Lexicon.AUXILIARIES.contains(t.lower)
                        || (Lexicon.cue(t.lower) != null && !speechNoun) || (t.lower.endsWith("ed") && k != last && !isAdjectiveEd(t)))) {
                    break;
                }
                first = k;
                boolean insidePhrase = k - 1 >= floor && (doc.token(k - 1).is("of") || doc.token(k - 1).is("for"));
                if ((t.is("the") || t.is("a") || t.is("an")) && !insidePhrase) {
                    break;
                }
                continue;
            }
            if (t.isCapitalized() && Lexicon.PRONOUNS.contains(t.lower) && k == last) {
                first = k;
                break;
            }
            if (t.isCapitalized() && Lexicon.NON_NAME_CAPITALS.contains(t.lower) && !t.is("the") && !t.is("a")
                    && !t.is("an")) {
                break;
            }
            first = k;
            if (t.is("the") || t.is("a") || t.is("an")) {
                break;
            }
        }
        while (first <= last && Lexicon.PREPOSITIONS.contains(doc.token(first).lower)) {
            first++;
        }
        return first <= last ? new int[] {first, last} : null;
    }

    /**
     * A word of a plain description before a name: "the", "doctoral", "civil and environmental
     * engineering"; a verb form right before the name makes the name its object ("representing Smith").
     */
    private static boolean isDescriptionWord(Token t, boolean beforeName) {
        if (!t.isWord()) {
            return false;
        }
        if (!t.isLowercaseWord() || Lexicon.DETERMINERS.contains(t.lower) || t.is("and")) {
            return true;
        }
        return !Lexicon.PREPOSITIONS.contains(t.lower) && !Lexicon.NP_BREAKERS.contains(t.lower)
                && !Lexicon.AUXILIARIES.contains(t.lower) && Lexicon.cue(t.lower) == null
                && !(beforeName && (t.lower.endsWith("ing") || t.lower.endsWith("ed")));
    }

    private static boolean isAdjectiveEd(Token t) {
        return t.is("united") || t.is("armed") || t.is("elected") || t.is("retired") || t.is("unnamed")
                || t.is("detained") || t.is("concerned") || t.is("experienced");
    }

    /** The words after "said" or "according to": a name, or a determiner and nouns, up to a comma. */
    private int[] npForward(int k) {
        if (k >= doc.size()) {
            return null;
        }
        int sentence = doc.token(k).sentence;
        int last = -1;
        for (int m = k; m < doc.size() && m < k + MAX_NP_TOKENS; m++) {
            Token t = doc.token(m);
            if (t.sentence != sentence || t.type == Token.Type.QUOTE || t.quote >= 0) {
                break;
            }
            Names.Mention mention = names.mentionAt(m);
            if (mention != null) {
                last = mention.last;
                m = mention.last;
                // "the United States Geological Survey (USGS)"
                if (m + 3 < doc.size() && doc.token(m + 1).is("(") && doc.token(m + 3).is(")")) {
                    last = m + 3;
                    m = last;
                }
                continue;
            }
            if (t.type == Token.Type.PUNCT) {
                if (t.is("(") && last >= 0) {
                    int close = m + 1;
                    while (close < doc.size() && close < m + 8 && !doc.token(close).is(")")) {
                        close++;
                    }
                    if (close < doc.size() && doc.token(close).is(")")) {
                        last = close;
                        m = close;
                        continue;
                    }
                }
                break;
            }
            // "according to the ministry recovered ...": a verb ends the source's name.
            if (t.isLowercaseWord() && (Lexicon.AUXILIARIES.contains(t.lower) || t.is("that")
                    || (Lexicon.PREPOSITIONS.contains(t.lower) && !t.is("of") && !t.is("for"))
                    || Lexicon.cue(t.lower) != null
                    || last >= k && (PAST_FORMS.contains(t.lower) || t.lower.endsWith("ed") && !isAdjectiveEd(t)))) {
                break;
            }
            if (t.isLowercaseWord() && (t.is("and") || t.is("or")) && (last < 0 || m + 1 >= doc.size()
                    || !Lexicon.DETERMINERS.contains(doc.token(m + 1).lower) && !doc.token(m + 1).isCapitalized()
                    && !doc.token(m + 1).lower.endsWith("s"))) {
                break;
            }
            // A capitalised word after a complete name starts the clause: "According to X (Y) a major...".
            if (last >= 0 && names.mentionAt(last) != null && t.isLowercaseWord()
                    && Lexicon.DETERMINERS.contains(t.lower)) {
                break;
            }
            if (t.isLowercaseWord() && Lexicon.PRONOUNS.contains(t.lower)) {
                if (m == k) {
                    last = m;
                }
                break;
            }
            last = m;
        }
        return last >= k ? new int[] {k, last} : null;
    }

    /** The subject of a sentence: the first name or noun phrase after any dateline and introduction. */
    private int[] sentenceSubject(int sentence, int before) {
        Document.Sentence s = doc.sentences.get(sentence);
        int k = skipIntro(s, before);
        // A sentence opening with a quotation: the subject follows it (`"...," Rivera told the jury, adding`).
        while (k < before && (doc.token(k).quote >= 0 || doc.token(k).type == Token.Type.QUOTE
                || (k > s.first() && doc.token(k).is(",") && doc.token(k - 1).type == Token.Type.QUOTE))) {
            k++;
        }
        // "Although officials have not said ..., saying only that": the subject of the clause opened.
        if (k + 1 < before && SUBORDINATORS.contains(doc.token(k).lower)) {
            k++;
        }
        if (k >= before) {
            return null;
        }
        Token t = doc.token(k);
        if (Lexicon.PRONOUNS.contains(t.lower)) {
            return new int[] {k, k};
        }
        int first = k;
        if (Lexicon.DETERMINERS.contains(t.lower) || t.is("the")) {
            k++;
        }
        int last = -1;
        for (int m = k; m < before && m < k + MAX_NP_TOKENS; m++) {
            Token u = doc.token(m);
            Names.Mention mention = names.mentionAt(m);
            if (mention != null) {
                last = mention.last;
                m = mention.last;
                // Two names joined: "Secretary Blinken and Foreign Minister Wong".
                if (m + 2 < before && doc.token(m + 1).is("and") && names.mentionAt(m + 2) != null
                        && names.mentionAt(m + 2).type == Names.Type.PERSON) {
                    last = names.mentionAt(m + 2).last;
                    m = last;
                }
                // "Local resident Maria Santos": a capitalised first word describes the person named next.
                int person = mention.type == Names.Type.PERSON ? -1 : describedPersonAfter(m, before);
                if (person >= 0) {
                    last = person;
                    m = person;
                }
                if (!doc.token(mention.last).isPossessive()) {
                    break;
                }
                continue;
            }
            if (!u.isLowercaseWord() || Lexicon.AUXILIARIES.contains(u.lower) || Lexicon.NP_BREAKERS.contains(u.lower)
                    || Lexicon.PREPOSITIONS.contains(u.lower) || Lexicon.cue(u.lower) != null
                    || u.lower.endsWith("ed")) {
                break;
            }
            last = m;
        }
        return last >= first ? new int[] {first, last} : null;
    }

    /** The last token of a person named after a few plain description words ("resident", "retired teacher"). */
    private int describedPersonAfter(int k, int before) {
        for (int m = k + 1; m < before && m <= k + 3; m++) {
            Token t = doc.token(m);
            Names.Mention mention = names.mentionAt(m);
            if (mention != null) {
                return mention.type == Names.Type.PERSON && mention.hasName() ? mention.last : -1;
            }
            if (!t.isLowercaseWord() || Lexicon.AUXILIARIES.contains(t.lower) || Lexicon.NP_BREAKERS.contains(t.lower)
                    || Lexicon.PREPOSITIONS.contains(t.lower) || Lexicon.DETERMINERS.contains(t.lower)
                    || Lexicon.cue(t.lower) != null || t.lower.endsWith("ed") || t.lower.endsWith("ing")) {
                return -1;
            }
        }
        return -1;
    }

    // ---- speakers -----------------------------------------------------------------------------

    private void setSpeaker(Candidate c, Attribution a) {
        if (a == null) {
            c.source = SpeakerSource.NONE;
            return;
        }
        if (a.cue >= 0) {
            c.cue = a.cue < doc.size() && doc.token(a.cue).is("according") ? "according to" : doc.token(a.cue).text;
        }
        if (a.useSubject || a.npFirst < 0) {
            int sentence = doc.token(Math.max(a.cue, 0)).sentence;
            int[] np = sentenceSubject(sentence, a.cue >= 0 ? a.cue : c.anchor);
            if (np == null) {
                c.source = SpeakerSource.NONE;
                return;
            }
            a = new Attribution(a.cue, np[0], np[1], false);
        }
        int npLast = a.npLast;
        // "Ana Ruiz, told the paper": the comma closing an apposition is no part of the name.
        while (npLast > a.npFirst && doc.token(npLast).is(",")) {
            npLast--;
        }
        c.speakerWords = Names.clean(doc.text.substring(doc.token(a.npFirst).start, doc.token(npLast).end));
        resolveWords(c, a.npFirst, npLast);
    }

    /** Turns the speaker's words into a name, or marks the candidate for later resolution. */
    private void resolveWords(Candidate c, int first, int last) {
        if (first == last && Lexicon.PRONOUNS.contains(doc.token(first).lower)) {
            c.source = SpeakerSource.PRONOUN;
            c.speakerWords = doc.token(first).lower;
            c.anchor = first;
            return;
        }
        // "Our intelligence revealed", "my office found": in a speaker's turn, the speaker's own.
        int owner = first > 0 && !doc.token(first).is("our") && !doc.token(first).is("my") ? first - 1 : first;
        if ((doc.token(owner).is("our") || doc.token(owner).is("my")) && turnSpeaker[c.paragraph] != null) {
            c.source = SpeakerSource.NAMED;
            c.speaker = turnSpeaker[c.paragraph];
            return;
        }
        // The head is the last word before "of"/"for"/"in": "The spokesman for Putin", "Officials in Kyiv".
        int head = last;
        for (int k = first; k <= last; k++) {
            Token t = doc.token(k);
            if ((t.is("of") || t.is("for") || t.is("in") || t.is("at") || t.is("from")) && k > first) {
                head = k - 1;
                break;
            }
        }
        Names.Mention mention = names.mentionAt(head);
        String headWord = doc.token(head).bareLower();
        List<String> people = new ArrayList<>();
        int previousLast = -1;
        for (int k = first; k <= head; k++) {
            Names.Mention m = names.mentionAt(k);
            if (m != null && m.type == Names.Type.PERSON && m.hasName() && (people.isEmpty() || k == m.first)) {
                // "Clinton campaign manager Robby Mook": a name before a role describes the one named after it.
                if (previousLast >= 0 && describesNext(previousLast + 1, k - 1)) {
                    people.remove(people.size() - 1);
                }
                String full = names.fullName(m);
                if (!people.contains(full)) {
                    people.add(full);
                }
                k = m.last;
                previousLast = m.last;
            }
        }
        c.source = SpeakerSource.NAMED;
        // "one could argue", "the results suggest" in an answer: no one else is named, the speaker argues.
        if (turnSpeaker[c.paragraph] != null && people.isEmpty() && (mention == null || !mention.hasName())
                && !Lexicon.ROLE_HEADS.contains(headWord) && !Lexicon.DOCUMENT_NOUNS.contains(headWord)
                && !SPEAKING_GROUPS.contains(headWord) && !BACK_REFERENCES.contains(headWord)) {
            c.speaker = turnSpeaker[c.paragraph];
            return;
        }
        if (mention != null && mention.hasName() && !doc.token(head).isPossessive()) {
            c.speaker = people.size() > 1 ? String.join(" and ", people) : names.fullName(mention);
            return;
        }
        String dataOwner = dataOwner(first, head);
        if (dataOwner != null) {
            c.speaker = dataOwner;
            return;
        }
        if (doc.token(first).is("the") && BACK_REFERENCES.contains(headWord)) {
            c.source = SpeakerSource.PREVIOUS_STATEMENT;
            c.anchor = first;
            return;
        }
        if (Lexicon.DOCUMENT_NOUNS.contains(headWord)) {
            // "a White House statement" names its issuer; "the statement" means the last speaker.
            for (int k = first; k < head; k++) {
                Names.Mention m = names.mentionAt(k);
                if (m != null && m.hasName()) {
                    c.speaker = names.fullName(m);
                    return;
                }
            }
            c.source = SpeakerSource.PREVIOUS_STATEMENT;
            c.anchor = first;
            return;
        }
        String role = roleKey(first, head);
        if (role != null) {
            String holder = names.roleHolder(role, first);
            if (holder == null && role.contains(" ")) {
                holder = names.roleHolder(role.substring(role.lastIndexOf(' ') + 1), first);
            }
            if (holder != null) {
                c.speaker = holder;
                return;
            }
        }
        if (people.size() == 1 && mention != null) {
            c.speaker = people.get(0);
            return;
        }
        c.speaker = stripDeterminer(c.speakerWords);
    }

    /** Only lowercase role words between two names ("campaign manager"), no "and" or comma joining them. */
    private boolean describesNext(int from, int to) {
        if (from > to) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            Token t = doc.token(k);
            if (!t.isLowercaseWord() || t.is("and") || t.is("or") || Lexicon.PREPOSITIONS.contains(t.lower)) {
                return false;
            }
        }
        return true;
    }

    /** "the council's own figures" → "council": who owns the figures or the report, else null. */
    private String dataOwner(int first, int head) {
        if (!Lexicon.DATA_NOUNS.contains(doc.token(head).bareLower())) {
            return null;
        }
        for (int k = head - 1; k >= first; k--) {
            Token t = doc.token(k);
            if (t.isPossessive()) {
                Names.Mention m = names.mentionAt(k);
                if (m != null && m.hasName()) {
                    return names.fullName(m);
                }
                String words = Names.clean(doc.text.substring(doc.token(first).start, t.start + t.bare().length()));
                return stripDeterminer(words);
            }
        }
        return null;
    }

    /** "foreign minister" or "secretary-general" when the head word is a role, else null. */
    private String roleKey(int first, int head) {
        String headWord = doc.token(head).bareLower();
        if (!Lexicon.ROLE_HEADS.contains(headWord)) {
            return null;
        }
        if (head > first && Lexicon.TITLES.contains(doc.token(head - 1).lower)) {
            return doc.token(head - 1).lower + " " + headWord;
        }
        return headWord;
    }

    private static String stripDeterminer(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (String det : new String[] {"the ", "a ", "an "}) {
            if (lower.startsWith(det)) {
                return words.substring(det.length());
            }
        }
        return words;
    }

    // ---- overlaps, assertions, output ---------------------------------------------------------

    /** Of two candidates covering mostly the same words, keeps the better attributed one. */
    private List<Candidate> removeOverlaps() {
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> -c.end));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean add = true;
            for (int k = kept.size() - 1; k >= 0 && k >= kept.size() - 4; k--) {
                Candidate o = kept.get(k);
                int overlap = Math.min(o.end, c.end) - Math.max(o.start, c.start);
                int shorter = Math.min(o.end - o.start, c.end - c.start);
                if (overlap * 2 >= shorter && overlap > 0) {
                    if (c.rank > o.rank || (c.rank == o.rank && c.end - c.start < o.end - o.start && c.rank == 2)) {
                        kept.set(k, c);
                    }
                    add = false;
                    break;
                }
            }
            if (add) {
                kept.add(c);
            }
        }
        return kept;
    }

    private void findAssertions() {
        boolean[] covered = coveredTokens();
        int f = 0;
        for (Document.Sentence s : doc.sentences) {
            while (f < figures.size() && figures.get(f).first() < s.first()) {
                f++;
            }
            int figure = -1;
            int lastFigure = -1;
            for (int g = f; g < figures.size() && figures.get(g).last() <= s.last(); g++) {
                FigureFinder.Found found = figures.get(g);
                if (!covered[found.first()] && doc.token(found.first()).quote < 0) {
                    if (figure < 0) {
                        figure = found.first();
                    }
                    lastFigure = found.last();
                }
            }
            int p = doc.token(s.first()).paragraph;
            if (figure < 0) {
                figure = datedEvent(s, covered);
                lastFigure = figure;
            }
            if (figure >= 0 && !doc.skippedParagraph[p] && turnSpeaker[p] == null && !asked[p] && p != headline) {
                assertion(s, figure, lastFigure, covered);
            }
        }
    }

    /** A politician's party and state: "D-Harbor", "R-Ky", "I-Vt". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");

    private static final Set<String> WEEKDAYS = Lexicon.words("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /**
     * A dated event ("was hit ... on Tuesday", "elected ... in 2012", "published December 6, 2005"): the
     * token of the date, or -1. Reported events with a date are checkable like figures.
     */
    private int datedEvent(Document.Sentence s, boolean[] covered) {
        int date = -1;
        int event = -1;
        boolean pastVerb = false;
        for (int k = s.first(); k <= s.last(); k++) {
            Token t = doc.token(k);
            if (covered[k] || t.quote >= 0) {
                continue;
            }
            Token prev = k > s.first() ? doc.token(k - 1) : null;
            boolean isDate = (WEEKDAYS.contains(t.lower) && t.isCapitalized() && k > s.first() + 1)
                    || (Lexicon.MONTHS.contains(t.lower) && t.isCapitalized() && k + 1 <= s.last()
                    && doc.token(k + 1).type == Token.Type.NUMBER)
                    || (t.type == Token.Type.NUMBER && t.text.length() == 4 && prev != null
                    && (prev.is("in") || prev.is("since")));
            if (isDate && date < 0) {
                date = k;
            }
            pastVerb |= t.isLowercaseWord() && (t.lower.endsWith("ed") || PAST_FORMS.contains(t.lower));
            if (event < 0 && t.isLowercaseWord() && EVENT_VERBS.contains(t.lower) && k > s.first()) {
                event = k;
            }
        }
        if (pastVerb && date >= 0) {
            return date;
        }
        // "Khadr is charged with murder", "Tadić has won a second term": a named party's checkable event.
        return event >= 0 && namedSubject(s, event) ? event : -1;
    }

    /** Outcomes that are on the record: charges, verdicts, elections, deaths, damage. */
    private static final Set<String> EVENT_VERBS = Lexicon.words("killed", "convicted", "sentenced", "charged",
            "arrested", "elected", "re-elected", "won", "defeated", "died", "resigned", "appointed", "fined",
            "jailed", "acquitted", "indicted", "executed", "injured", "wounded", "detained", "evacuated",
            "destroyed", "erupted", "collapsed", "ratified", "banned", "suspended", "undefeated", "imprisoned",
            "extradited", "impeached", "dismissed", "fired", "expelled", "deported", "kidnapped", "murdered",
            "sued", "raided", "seized", "bankrupt");

    /** A name (or a noun phrase holding one) is the subject: the first words before the verb. */
    private boolean namedSubject(Document.Sentence s, int verb) {
        int k = skipIntroDateline(s);
        Token first = doc.token(k);
        if (first.quote >= 0 || Lexicon.PRONOUNS.contains(first.lower) || verb - k > 12) {
            return false;
        }
        for (int m = k; m < verb; m++) {
            Names.Mention mention = names.mentionAt(m);
            if (mention != null && mention.hasName() && !Lexicon.PLACES.contains(mention.name.toLowerCase(Locale.ROOT))) {
                return true;
            }
            Token t = doc.token(m);
            if (t.is(",") || t.type == Token.Type.QUOTE || (t.isLowercaseWord() && Lexicon.NP_BREAKERS.contains(t.lower)
                    && !t.is("and"))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PAST_FORMS = Lexicon.words("was", "were", "won", "lost", "hit", "struck",
            "fled", "began", "died", "fell", "rose", "took", "gave", "made", "held", "met", "left", "sent", "shot",
            "killed", "stole", "broke", "found", "led", "paid", "sold", "bought", "built", "brought", "caught",
            "drove", "flew", "fought", "grew", "spent", "stood", "swept", "threw", "told", "wrote", "became");

    private void assertion(Document.Sentence s, int figure, int lastFigure, boolean[] covered) {
        Token end = doc.token(s.last());
        if (!end.isTerminal() || end.is("?") || doc.token(s.first()).quote >= 0) {
            return;
        }
        int first = figure;
        while (first > s.first() && !covered[first - 1]) {
            first--;
        }
        if (first == s.first()) {
            first = skipIntroDateline(s);
        }
        int last = lastFigure;
        while (last < s.last() && !covered[last + 1]) {
            last++;
        }
        // An elaboration after a semicolon or a lone dash is a statement of its own (or a list); a
        // pair of dashes is a parenthesis and stays.
        int dashes = 0;
        int firstBreak = -1;
        for (int k = figure + 1; k < last; k++) {
            Token t = doc.token(k);
            boolean dash = t.quote < 0 && (t.is("\u2014") || t.is("\u2013")
                    || (t.is("-") && t.start > 0 && doc.text.charAt(t.start - 1) == ' '));
            dashes += dash ? 1 : 0;
            if (firstBreak < 0 && (dash || t.quote < 0 && t.is(";"))) {
                firstBreak = k;
            }
        }
        if (firstBreak >= 0 && (dashes == 1 || doc.token(firstBreak).is(";"))) {
            last = firstBreak - 1;
            lastFigure = Math.min(lastFigure, last);
        }
        // Cut an appended clause after the last figure: ", a move that ...", ", which ...".
        for (int k = lastFigure + 1; k < last; k++) {
            if (doc.token(k).is(",") && doc.token(k).quote < 0) {
                Token next = doc.token(k + 1);
                if (next.is("which") || next.is("who") || next.is("while") || next.is("whereas") || next.is("a")
                        || next.is("an") || next.is("although") || next.is("though") || next.is("but")) {
                    last = k - 1;
                    break;
                }
            }
        }
        while (first < last && (doc.token(first).type == Token.Type.PUNCT || doc.token(first).is("and")
                || doc.token(first).is("but") || doc.token(first).is("while"))) {
            first++;
        }
        while (last > first && (doc.token(last).is("and") || doc.token(last).is("but"))) {
            last--;
        }
        last = trimEnd(first, last);
        int words = 0;
        for (int k = first; k <= last; k++) {
            if (doc.token(k).isWord() || doc.token(k).type == Token.Type.NUMBER) {
                words++;
            }
        }
        // "One person has died." is short but checkable; a piece ending in "the" or "from" is no claim.
        Token lastWord = doc.token(last);
        if (words < (figureIn(first, last) ? 4 : 5) || lastWord.isLowercaseWord()
                && (Lexicon.DETERMINERS.contains(lastWord.lower) || Lexicon.PREPOSITIONS.contains(lastWord.lower))) {
            return;
        }
        Candidate c = new Candidate();
        c.kind = StatementKind.ASSERTION;
        c.start = doc.token(first).start;
        c.end = doc.token(last).end;
        c.spanFirst = first;
        c.spanLast = last;
        c.source = SpeakerSource.NAMED;
        c.speaker = Statement.ARTICLE_SPEAKER;
        c.paragraph = doc.token(first).paragraph;
        candidates.add(c);
    }

    private boolean figureIn(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (figureStart[k]) {
                return true;
            }
        }
        return false;
    }

    private int skipIntroDateline(Document.Sentence s) {
        int k = s.first();
        Token first = doc.token(k);
        if (first.isWord() && first.text.length() >= 3 && first.text.equals(first.text.toUpperCase(Locale.ROOT))) {
            for (int m = k + 1; m < s.last() && m < k + 14; m++) {
                if (isDash(doc.token(m))) {
                    return m + 1;
                }
            }
        }
        return k;
    }

    private List<Statement> resolveAndBuild() {
        List<Statement> out = new ArrayList<>(candidates.size());
        String previousSpeaker = null;
        int previousParagraph = -10;
        int previousSpanLast = -1;
        int f = 0;
        for (Candidate c : candidates) {
            String speaker = switch (c.source) {
                case NAMED -> c.speaker;
                // "The airline said ... It said ...": with no named antecedent, the speaker just before.
                case PRONOUN -> continuesPreviousSpeaker(c, previousSpeaker, previousParagraph, previousSpanLast)
                        ? previousSpeaker
                        : orElse(c.speakerWords.equals("we") || c.speakerWords.equals("i")
                        ? turnSpeaker[c.paragraph] : c.speakerWords.equals("you") ? null
                        : names.antecedent(c.speakerWords, c.anchor),
                        c.paragraph - previousParagraph <= 1 && !c.speakerWords.equals("you") ? previousSpeaker : null);
                case PREVIOUS_STATEMENT -> previousSpeaker != null ? previousSpeaker
                        : orElse(releaseSpeakerBefore(c.anchor), c.speakerWords == null ? null : stripDeterminer(c.speakerWords));
                case CONTINUING -> c.paragraph - previousParagraph <= 2 && previousSpeaker != null
                        ? previousSpeaker : releaseSpeakerBefore(c.anchor);
                case NONE -> null;
            };
            // An unattributed clause in someone's turn ("showing that ...") is theirs.
            if (speaker == null) {
                speaker = turnSpeaker[c.paragraph];
            }
            speaker = canonical(speaker, c.speakerWords);
            if (speaker != null && !speaker.equals(Statement.ARTICLE_SPEAKER)) {
                previousSpeaker = speaker;
                previousParagraph = c.paragraph;
                previousSpanLast = c.spanLast;
            }
            while (f < figures.size() && figures.get(f).start() < c.start) {
                f++;
            }
            List<Figure> inside = new ArrayList<>();
            for (int g = f; g < figures.size() && figures.get(g).start() < c.end; g++) {
                if (figures.get(g).end() <= c.end) {
                    inside.add(figures.get(g).figure());
                }
            }
            out.add(SpeakerNames.settle(new Statement(c.kind, doc.text.substring(c.start, c.end), c.start, c.end,
                    speaker, c.cue, inside, speakerConfidence(c, speaker))));
        }
        return out;
    }

    /**
     * "X said ... She also said": "he" or "she" right after a statement, with no person named in
     * between, is its speaker when the gender fits; the people named inside that statement are not.
     */
    private boolean continuesPreviousSpeaker(Candidate c, String previousSpeaker, int previousParagraph,
            int previousSpanLast) {
        boolean personal = c.speakerWords.equals("he") || c.speakerWords.equals("she");
        if (!personal || previousSpeaker == null || c.paragraph - previousParagraph > 1
                || previousSpanLast >= c.anchor || names.personNamedBetween(previousSpanLast, c.anchor)) {
            return false;
        }
        Names.Gender g = names.genderOf(previousSpeaker);
        return g == Names.Gender.UNKNOWN || g == (c.speakerWords.equals("he") ? Names.Gender.MALE : Names.Gender.FEMALE);
    }

    /** A name at the cue is surer than one carried over from a pronoun or an earlier statement. */
    private static double speakerConfidence(Candidate c, String speaker) {
        if (speaker == null) {
            return 0;
        }
        if (speaker.equals(Statement.ARTICLE_SPEAKER)) {
            return 1;
        }
        return c.source == SpeakerSource.NAMED ? 0.9 : 0.6;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** The application's canonical name for the speaker, tried on the raw words, the name, then the surname. */
    private String canonical(String speaker, String words) {
        if (speaker == null || speaker.equals(Statement.ARTICLE_SPEAKER)) {
            return speaker;
        }
        if (words != null) {
            String found = known.canonicalName(words).orElse(null);
            if (found == null) {
                found = known.canonicalName(stripDeterminer(words)).orElse(null);
            }
            if (found != null) {
                return found;
            }
        }
        String found = known.canonicalName(speaker).orElse(null);
        if (found == null && speaker.indexOf(' ') > 0) {
            found = known.canonicalName(speaker.substring(speaker.lastIndexOf(' ') + 1)).orElse(null);
        }
        return found != null ? found : speaker;
    }
}
