package com.claimdesk.extraction;

import java.util.Set;

/**
 * Stage: content boundaries. Where the words a speech verb reports start ("said on Monday that ...")
 * and where they end (the sentence end, a trailing attribution, a second clause).
 */
final class Clauses {

    private final Reading reading;
    private final Cues cues;
    private final Phrases phrases;
    private final Document doc;
    private final Names names;
    private final boolean[] figureStart;
    private final boolean[] asked;

    Clauses(Reading reading, Cues cues, Phrases phrases) {
        this.reading = reading;
        this.cues = cues;
        this.phrases = phrases;
        this.doc = reading.doc;
        this.names = reading.names;
        this.figureStart = reading.figureStart;
        this.asked = reading.asked;
    }

    /** What a denial names before its clause: "rejected claims that", "dismissed suggestions that". */
    private static final Set<String> CLAIM_NOUNS = Lexicon.words("claims", "claim", "reports", "report",
            "allegations", "allegation", "accusations", "accusation", "suggestions", "suggestion", "rumors",
            "rumor", "rumours", "rumour", "speculation", "charges", "charge", "assertions", "assertion",
            "notion", "idea", "suspicions", "insinuations", "stories", "contention", "assessments", "argument",
            "arguments", "warning", "warnings", "view", "position", "promise", "pledge", "message", "point");

    private static final Set<String> NOT_A_CLAUSE = Lexicon.words("so", "nothing", "goodbye", "yes", "no",
            "something", "anything", "little", "much", "more", "otherwise", "hello", "thanks", "this", "that",
            "it", "what", "how", "why", "when", "where", "whether", "if", "to", "too", "also", "only", "not",
            "earlier", "later", "previously", "recently", "publicly", "repeatedly", "again", "as", "goodbye",
            "very", "sorry", "ok", "okay", "and", "but", "or", "of");

    /** First token of what a speech verb reports, or -1. */
    int clauseAfter(int cueIndex, Lexicon.Cue cue, Document.Sentence s) {
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
                if (fits || cue.needsClaimNoun()) {
                    return fits && m + 1 <= s.last() ? m + 1 : -1;
                }
                // "says he opposes the plan but that ...": a clause without "that" comes first.
                break;
            }
            if (t.type == Token.Type.QUOTE || t.isTerminal() || t.is(";") || t.is(":")
                    || Lexicon.AUXILIARIES.contains(t.lower)
                    || (t.isLowercaseWord() && cues.isCueAt(m, false)
                    && !(cue.isDenial() && CLAIM_NOUNS.contains(t.lower)))) {
                break;
            }
        }
        boolean strong = cue.strength() == Lexicon.CueStrength.STRONG;
        if (!strong && NO_BARE_CLAUSE.contains(cue.lemma())) {
            return -1;
        }
        if (cueIndex > 0 && doc.token(cueIndex - 1).is(",") && !cue.participle() && !appositionBefore(cueIndex, s)
                && invertedAttribution(k, s)) {
            return -1;
        }
        if (Lexicon.ADDRESSEE_LEMMAS.contains(cue.lemma())) {
            k = skipAddressee(k, s);
        }
        k = skipAdjuncts(k, s.last());
        // "noted on Monday, the fatalities were ...": a comma may close the attribution; but in "To see it,
        // Reyes said, one should visit", set off by commas, it reports words on both sides.
        if (k < s.last() && doc.token(k).is(",") && finiteClauseAt(k + 1, s)) {
            int[] np = phrases.npBefore(cueIndex);
            if (np != null && np[0] - 1 > s.first() && doc.token(np[0] - 1).is(",")) {
                return -1;
            }
            k++;
        }
        // A weaker verb ("indicated", "cautioned") reports a clause without "that" only when one
        // plainly follows: a subject and a finite verb, not an object ("indicated support").
        if (k > s.last() || !strong && !finiteClauseAt(k, s)) {
            return -1;
        }
        Token first = doc.token(k);
        // "The county has added 2,400 jobs": adding things, not words; what is added is said as a clause.
        if (cue.lemma().equals("add") && first.type != Token.Type.QUOTE && !finiteClauseAt(k, s)) {
            return -1;
        }
        // "won the runoff to claim the seat held by her father": a thing claimed, its participle no verb.
        if (cue.lemma().equals("claim") && first.type != Token.Type.QUOTE && !verbBeforePunctuation(k, s)) {
            return -1;
        }
        boolean wordLike = first.type == Token.Type.WORD || first.type == Token.Type.NUMBER
                || (first.type == Token.Type.QUOTE && doc.isOpeningMark(k));
        // "said it would", "denied this was": a pronoun subject when a verb follows it.
        // "said no decision had been made": "no" opening the subject, not the answer.
        boolean pronounSubject = SUBJECT_WORDS.contains(first.lower) && k + 1 <= s.last()
                && looksFinite(doc.token(k + 1)) || figureStart[k] || first.is("no") && finiteClauseAt(k + 1, s);
        if (!wordLike || Lexicon.PREPOSITIONS.contains(first.lower)
                || (NOT_A_CLAUSE.contains(first.lower) && !pronounSubject
                && !(SUBJECT_WORDS.contains(first.lower) && finiteClauseAt(k, s)))
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
    boolean finiteClauseAt(int k, Document.Sentence s) {
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
            if (Lexicon.AUXILIARIES.contains(t.lower) || Lexicon.PAST_FORMS.contains(t.lower)
                    || t.lower.endsWith("ed") && !participle) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb within the next few words: an auxiliary, or a past form not followed by "by". */
    private boolean verbBeforePunctuation(int k, Document.Sentence s) {
        boolean named = doc.token(k).isCapitalized();
        for (int m = k + 1; m <= s.last() && m <= k + 10; m++) {
            Token t = doc.token(m);
            // "claims Mahan flies arms to Syria": the first word after a name is its verb.
            if (named && t.isLowercaseWord()) {
                named = false;
                if (looksFinite(t)) {
                    return true;
                }
            }
            if (t.type == Token.Type.PUNCT || t.type == Token.Type.QUOTE) {
                return false;
            }
            boolean byFollows = m + 1 <= s.last() && doc.token(m + 1).is("by");
            if (Lexicon.AUXILIARIES.contains(t.lower) || (Lexicon.PAST_FORMS.contains(t.lower)
                    || t.isLowercaseWord() && t.lower.endsWith("ed")) && !byFollows) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUBJECT_WORDS = Lexicon.words("it", "this", "that", "there", "nothing",
            "much", "more", "little", "something", "anything");

    static final Set<String> TIME_ADJUNCTS = Lexicon.words("today", "yesterday", "tonight", "earlier",
            "later", "again", "also", "previously", "recently", "repeatedly", "separately", "then", "however",
            "meanwhile", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final Set<String> TIME_NOUNS = Lexicon.words("week", "weekend", "month", "year", "night",
            "morning", "afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** "Ana Ruiz, an organizer at the union, said ...": the comma closes a description of the subject. */
    private boolean appositionBefore(int cueIndex, Document.Sentence s) {
        int[] subject = phrases.sentenceSubject(doc.token(cueIndex).sentence, cueIndex);
        if (subject == null || subject[1] + 2 >= cueIndex - 1 || !doc.token(subject[1] + 1).is(",")
                || !doc.token(subject[1]).isCapitalized()) {
            return false;
        }
        for (int m = subject[1] + 2; m < cueIndex - 1; m++) {
            Token t = doc.token(m);
            if (t.is(",") || t.type == Token.Type.QUOTE || Lexicon.AUXILIARIES.contains(t.lower)
                    || t.isLowercaseWord() && cues.isCueAt(m, false)) {
                return false;
            }
        }
        return true;
    }

    /** ", said the spokesman." / ", said Smith, adding": a speaker after the verb, nothing reported. */
    private boolean invertedAttribution(int k, Document.Sentence s) {
        int[] np = k <= s.last() ? phrases.npForward(k) : null;
        if (np == null) {
            return true;
        }
        int after = np[1] + 1;
        return after > s.last() || doc.token(after).is(",") || doc.token(after).isTerminal()
                || Reading.isDash(doc.token(after));
    }

    /** Skips what may stand between a speech verb and its clause: "said on Monday", "said last week". */
    int skipAdjuncts(int k, int limit) {
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
    static boolean looksFinite(Token t) {
        if (!t.isLowercaseWord()) {
            return false;
        }
        return Lexicon.AUXILIARIES.contains(t.lower) || Lexicon.PAST_FORMS.contains(t.lower) || t.lower.endsWith("ed")
                || (t.lower.endsWith("s") && !t.lower.endsWith("ss") && !Lexicon.PREPOSITIONS.contains(t.lower)
                && !t.is("as") && !t.is("its") && !t.is("his") && !t.is("this"));
    }

    private boolean fitsBeforeThat(int from, int that, Lexicon.Cue cue) {
        Token first = doc.token(from);
        if (Lexicon.PREPOSITIONS.contains(first.lower) || first.is(",") || Lexicon.VERB_MODIFIERS.contains(first.lower)
                || first.lower.endsWith("ly")) {
            return true;
        }
        // "pointed out that", "repeated his claim that", "reiterated her argument that".
        if (first.is("out") || first.is("up") || claimNounBetween(from, that)) {
            return true;
        }
        if (Lexicon.ADDRESSEE_LEMMAS.contains(cue.lemma())) {
            return true;
        }
        // "said late Wednesday that", "said last week that": only a time stands between.
        if (skipAdjuncts(from, that - 1) == that) {
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
    int clauseEnd(int from, Document.Sentence s) {
        int limit = Math.min(s.last(), from + Reading.MAX_CLAUSE_TOKENS);
        int end = limit;
        // In "Although X said Y, Z happened" the main clause after the comma is not what X said.
        // So in "When the engineer wrote the letter, she was ...": what was written ends with the letter.
        int opener = reading.skipIntroDateline(s);
        boolean subordinate = from > s.first() && (Phrases.SUBORDINATORS.contains(doc.token(opener).lower)
                || OPENING_SUBORDINATORS.contains(doc.token(opener).lower) && noCommaBetween(opener, from));
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
            // "said the depot would close, which has angered drivers": the writer's comment on what was said.
            if (t.is(",") && m + 3 <= limit && doc.token(m + 1).is("which") && PERFECT.contains(doc.token(m + 2).lower)
                    && (doc.token(m + 3).lower.endsWith("ed") || Lexicon.PAST_FORMS.contains(doc.token(m + 3).lower))
                    && finiteClauseAt(from, s)) {
                end = m - 1;
                break;
            }
            if (t.is(",") || Reading.isDash(t)) {
                int next = m + 1;
                if (next <= limit && doc.token(next).is("according")) {
                    end = m - 1;
                    break;
                }
                if (next <= limit && cues.isCueAt(next, false) && Lexicon.cue(doc.token(next).lower).participle()) {
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
            // "... would close and Ruiz said ...": a second speaker's report, comma or not.
            if ((t.is("and") || t.is("but")) && !doc.token(m - 1).is(",") && ownAttributionFollows(m + 1, s)) {
                end = m - 1;
                break;
            }
            // "said the party should act, but he urged ...", ", while nine in 10 said": a clause of its own.
            if (doc.token(m - 1).is(",") && CONTRASTS.contains(t.lower) && m + 2 <= limit
                    && Lexicon.PRONOUNS.contains(doc.token(m + 1).lower) && looksFinite(doc.token(m + 2))) {
                end = m - 2;
                break;
            }
            // "said the depot would close, and he urged the drivers to wait": the speaker's next report.
            if (doc.token(m - 1).is(",") && t.is("and") && m + 2 <= limit && Lexicon.PRONOUNS.contains(doc.token(m + 1).lower)
                    && (cues.isCueAt(m + 2, false) || cues.frameAt(m + 2) != null)) {
                end = m - 2;
                break;
            }
            // "said the plan would pass, but many members have doubts": a subject and verb of their own.
            if (doc.token(m - 1).is(",") && CONTRASTS.contains(t.lower) && finiteClauseAt(m + 1, s)) {
                end = m - 2;
                break;
            }
            // ", while the employer said ...", ", and to ...": a second clause, not part of this one.
            if (doc.token(m - 1).is(",") && (CLAUSE_JOINERS.contains(t.lower) && ownAttributionFollows(m + 1, s)
                    || t.is("and") && m + 1 <= limit && doc.token(m + 1).is("to"))) {
                end = m - 2;
                break;
            }
        }
        return reading.trimEnd(from, end);
    }

    /**
     * Last token of what a frame reports ("called for an audit", "urged the council to wait"): as
     * {@link #clauseEnd}, but ending before what the subject does next: ", looping the streets", ", and
     * criticized the party", "in a statement on Thursday".
     */
    int frameEnd(int from, Document.Sentence s) {
        int end = clauseEnd(from, s);
        for (int m = from + 2; m <= end; m++) {
            Token t = doc.token(m);
            if (t.quote >= 0) {
                continue;
            }
            Token prev = doc.token(m - 1);
            boolean afterBreak = prev.is(",") || Reading.isDash(prev);
            boolean participle = t.isLowercaseWord() && t.lower.endsWith("ing") && t.lower.length() > 5
                    && !Lexicon.PREPOSITIONS.contains(t.lower);
            boolean nextVerb = (t.is("and") || t.is("but")) && m + 1 <= end && doc.token(m + 1).isLowercaseWord()
                    && (doc.token(m + 1).lower.endsWith("ed") || Lexicon.PAST_FORMS.contains(doc.token(m + 1).lower))
                    && !Lexicon.AUXILIARIES.contains(doc.token(m + 1).lower);
            // ", and the union stepped in", "after she attacked the board": a clause of its own.
            boolean ownClause = (prev.is(",") && (t.is("and") || t.is("but")) || FRAME_SUBORDINATORS.contains(t.lower))
                    && finiteClauseAt(m + 1, s);
            // "described the attacks as a disgrace and urged calm": the subject's next report.
            boolean nextReport = (t.is("and") || t.is("but")) && m + 1 <= end
                    && (cues.isCueAt(m + 1, false) || cues.frameAt(m + 1) != null);
            if (afterBreak && (participle || nextVerb) || nextVerb && prev.is(",") || ownClause || nextReport
                    || (t.is("and") || t.is("but")) && speakerWithClauseFollows(m + 1, end)) {
                return reading.trimEnd(from, m - 1);
            }
            // "called for an audit in a statement on Thursday": where it was said, not what.
            if (t.is("in") && m + 2 <= end && DETERMINERS_A.contains(doc.token(m + 1).lower)
                    && SAYING_PLACES.contains(doc.token(m + 2).lower)) {
                return reading.trimEnd(from, m - 1);
            }
        }
        return end;
    }

    /** "the union saying that", "Marsh said that": someone else's report of a clause of its own. */
    private boolean speakerWithClauseFollows(int k, int limit) {
        for (int m = k + 1; m < limit && m <= k + 5; m++) {
            Token t = doc.token(m);
            if (t.type == Token.Type.PUNCT || t.type == Token.Type.QUOTE) {
                return false;
            }
            if (cues.isCueAt(m, false)) {
                return doc.token(m + 1).is("that");
            }
        }
        return false;
    }

    /** "When Marsh wrote ..." but not "Since then, Marsh wrote ...": the verb inside the opening clause. */
    private boolean noCommaBetween(int from, int to) {
        for (int m = from; m < to; m++) {
            if (doc.token(m).is(",")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PERFECT = Lexicon.words("has", "have", "had");

    private static final Set<String> OPENING_SUBORDINATORS = Lexicon.words("when", "after", "before", "once",
            "since", "as");

    private static final Set<String> FRAME_SUBORDINATORS = Lexicon.words("after", "before", "because", "when",
            "while", "since", "although", "though", "as");

    private static final Set<String> DETERMINERS_A = Lexicon.words("a", "an", "the", "his", "her", "its", "their");

    /** Where words are said or written: "in a statement", "in an interview", "in a letter". */
    private static final Set<String> SAYING_PLACES = Lexicon.words("statement", "interview", "letter", "speech",
            "tweet", "post", "op-ed", "email", "memo", "press", "news", "video", "radio", "television");

    /** ", however, ...", ", meanwhile, ...": the writer moves on to another clause. */
    private static final Set<String> DISCOURSE_ADVERBS = Lexicon.words("however", "meanwhile", "nevertheless",
            "nonetheless", "instead", "moreover", "furthermore", "therefore", "thus");

    private static final Set<String> COUNT_WORDS = Lexicon.words("than", "in", "of", "at", "least", "out");

    private static final Set<String> CONTRASTS = Lexicon.words("but", "while", "whereas", "although", "though");

    private static final Set<String> CLAUSE_JOINERS = Lexicon.words("and", "but", "while", "whereas", "as",
            "although", "though");

    /** "the employer said", "its lawyers argued": a subject and a speech verb of its own. */
    private boolean ownAttributionFollows(int k, Document.Sentence s) {
        for (int m = k; m <= s.last() && m < k + 8; m++) {
            Token t = doc.token(m);
            if (m > k && cues.isCueAt(m, false) && !Lexicon.cue(t.lower).participle()) {
                return true;
            }
            boolean npWord = t.isCapitalized() || Lexicon.DETERMINERS.contains(t.lower)
                    || (t.isLowercaseWord() && !Lexicon.NP_BREAKERS.contains(t.lower) && !Lexicon.AUXILIARIES.contains(t.lower)
                    && !t.lower.endsWith("ed")) || t.is("he") || t.is("she") || t.is("they") || t.is("it")
                    || t.is("we") || t.isPossessive()
                    // "more than 4 in 10 said", "at least 21,000 said": a count of people.
                    || t.type == Token.Type.NUMBER || COUNT_WORDS.contains(t.lower);
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
            if (cues.isCueAt(m, false)) {
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
        // "and called it a common strain": a verb that frames a report of its own.
        if (cues.isCueAt(k, false) || cues.frameAt(k) != null) {
            return true;
        }
        if (t.isLowercaseWord() && t.lower.endsWith("ed") && k + 1 <= s.last()) {
            Token next = doc.token(k + 1);
            return next.is("for") || next.is("on") || next.is("to") || next.is("that");
        }
        return false;
    }
}
