package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage: speakers and coreference. Turns a candidate's speaker words into a name (a person, an organisation,
 * a role's holder, a document's issuer), and, once all candidates are known, resolves pronouns and
 * carried-over speakers and says how sure it is.
 */
final class Speakers {

    private final Phrases phrases;
    private final Document doc;
    private final Names names;
    private final KnownSpeakers known;
    private final List<Draft> candidates;
    private final String[] turnSpeaker;
    private final List<ReleaseSpeaker> releaseSpeakers = new ArrayList<>();

    Speakers(Reading reading, Phrases phrases) {
        this.phrases = phrases;
        this.doc = reading.doc;
        this.names = reading.names;
        this.known = reading.known;
        this.candidates = reading.candidates;
        this.turnSpeaker = reading.turnSpeaker;
    }

    /** "a statement by X", "attributable to X": X speaks wherever no one else is named. */
    private record ReleaseSpeaker(int token, String name) {
    }

    // How sure a speaker is (see Statement.CONFIDENT): a name at the cue is surer than a role's holder found
    // elsewhere, a pronoun's antecedent, a speaker carried over from the statement before or a bare description.
    static final double NAME_AT_CUE = 0.9;
    static final double IN_TURN = 0.65;
    static final double OWNER = 0.8;
    static final double ROLE_HOLDER = 0.75;
    static final double UNRECOGNISED_NAME = 0.7;
    static final double PRONOUN_CONTINUING = 0.65;
    static final double PRONOUN_ANTECEDENT = 0.6;
    static final double PERSON_BEFORE = 0.6;
    static final double CARRIED = 0.5;
    static final double DESCRIPTION = 0.4;

    /** "The leaders also stressed": people named just before. */
    private static final Set<String> BACK_REFERENCES = Lexicon.words("leaders", "ministers", "officials", "men",
            "women", "pair", "two", "sides", "both", "diplomats", "presidents", "counterparts");

    private static final Set<String> INDEFINITE = Lexicon.words("a", "an", "one", "another");

    private static final Set<String> RELEASE_NOUNS = Lexicon.words("statement", "statements", "remarks",
            "attributable", "comments", "message");

    void findReleaseSpeakers() {
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

    void setSpeaker(Draft c, Attribution a) {
        if (a == null) {
            c.source = SpeakerSource.NONE;
            return;
        }
        if (a.cue() >= 0) {
            c.cueToken = a.cue();
            c.cue = a.cue() < doc.size() && doc.token(a.cue()).is("according") ? "according to" : doc.token(a.cue()).text;
        }
        if (a.useSubject() || a.npFirst() < 0) {
            int sentence = doc.token(Math.max(a.cue(), 0)).sentence;
            int[] np = phrases.sentenceSubject(sentence, a.cue() >= 0 ? a.cue() : c.anchor);
            if (np == null) {
                np = subjectAfterOpening(sentence, a.cue() >= 0 ? a.cue() : c.anchor);
            }
            if (np == null) {
                c.source = SpeakerSource.NONE;
                return;
            }
            a = new Attribution(a.cue(), np[0], np[1], false);
        }
        // "Earlier in the day, Ortiz attacked Marsh, saying": the introductory phrase is not the subject.
        int cue = a.cue() >= 0 ? a.cue() : c.anchor;
        if (introductory(a.npFirst(), a.npLast()) && a.npLast() + 2 < cue && doc.token(a.npLast() + 1).is(",")) {
            int[] subject = phrases.npForward(a.npLast() + 2);
            if (subject != null && subject[1] < cue) {
                a = new Attribution(a.cue(), subject[0], subject[1], false);
            }
        }
        // "Sanders said, going on to say that ...", "citing reports that ...": a participle is no speaker; the
        // sentence's subject is.
        if (a.npFirst() == a.npLast() && isParticiple(doc.token(a.npFirst()))) {
            int[] np = phrases.sentenceSubject(doc.token(a.npFirst()).sentence, a.npFirst());
            if (np == null || isParticiple(doc.token(np[0]))) {
                c.source = SpeakerSource.CONTINUING;
                c.anchor = a.npFirst();
                return;
            }
            a = new Attribution(a.cue(), np[0], np[1], false);
        }
        // "Proponents of the bill, however, say": an adverb between commas stands for the subject before it.
        if (a.npFirst() == a.npLast() && adverb(doc.token(a.npFirst())) && a.npFirst() > 1
                && doc.token(a.npFirst() - 1).is(",")) {
            int[] np = phrases.npBefore(a.npFirst() - 1);
            if (np != null && np[1] < a.npFirst() - 1) {
                a = new Attribution(a.cue(), np[0], np[1], false);
            }
        }
        // `"..." of the plan, Mr. Holtz said`: the words before the comma finish the quotation's sentence.
        if (Lexicon.PREPOSITIONS.contains(doc.token(a.npFirst()).text) || doc.token(a.npFirst()).is("of")) {
            for (int k = a.npLast() - 1; k > a.npFirst(); k--) {
                if (doc.token(k).is(",")) {
                    a = new Attribution(a.cue(), k + 1, a.npLast(), false);
                    break;
                }
            }
        }
        int npLast = a.npLast();
        // "The poll also found", "Campaign workers here said": the adverb is no part of who spoke.
        while (npLast > a.npFirst() && adverb(doc.token(npLast))) {
            npLast--;
        }
        // "Ana Ruiz, told the paper": the comma closing an apposition is no part of the name; nor is the party
        // and state after it, "Sen. Ada Marsh (D-Harbor)".
        while (npLast > a.npFirst() && doc.token(npLast).is(",")) {
            npLast--;
        }
        if (doc.token(npLast).is(")")) {
            int open = npLast - 1;
            while (open > a.npFirst() && !doc.token(open).is("(") && open > npLast - 6) {
                open--;
            }
            if (open > a.npFirst() && doc.token(open).is("(")) {
                npLast = open - 1;
            }
        }
        c.speakerWords = Names.clean(doc.text.substring(doc.token(a.npFirst()).start, doc.token(npLast).end));
        resolveWords(c, a.npFirst(), npLast);
    }

    /** "a spokeswoman", "One study" (the article may stand before the words found). */
    private boolean indefinite(int first) {
        return INDEFINITE.contains(doc.token(first).lower) || first > 0 && INDEFINITE.contains(doc.token(first - 1).lower);
    }

    private static final Set<String> OPENERS = Lexicon.words("when", "after", "before", "while", "as", "once",
            "although", "though", "speaking", "asked");

    /** "By the end of the day, Mr. Ortiz ... and said": the subject after an opening phrase and its comma. */
    private int[] subjectAfterOpening(int sentence, int before) {
        Document.Sentence s = doc.sentences.get(sentence);
        String opening = doc.token(s.first()).lower;
        if (!Lexicon.PREPOSITIONS.contains(opening) && !OPENERS.contains(opening)) {
            return null;
        }
        for (int k = s.first() + 1; k + 1 < before; k++) {
            if (doc.token(k).is(",")) {
                int[] np = phrases.npForward(k + 1);
                return np != null && np[1] < before && !doc.token(np[0]).isLowercaseWord() ? np : null;
            }
        }
        return null;
    }

    private static final Set<String> PLACE_ADVERBS = Lexicon.words("here", "there");

    private static boolean adverb(Token t) {
        return t.isLowercaseWord() && (Lexicon.VERB_MODIFIERS.contains(t.lower) || PLACE_ADVERBS.contains(t.lower))
                && !t.is("to") && !t.is("this") && !t.is("week") && !t.is("month") && !t.is("year");
    }

    /** "Earlier in the day", "In the morning": a lowercase noun in a prepositional phrase, no name. */
    private boolean introductory(int first, int last) {
        if (names.mentionAt(last) != null || !doc.token(last).isLowercaseWord()) {
            return false;
        }
        for (int k = Math.max(first - 1, 0); k < last; k++) {
            if (Lexicon.PREPOSITIONS.contains(doc.token(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** "issued", "released", "put out", "sends": what one does with one's own statement. */
    private static boolean issuingVerb(Token t) {
        return t.isLowercaseWord() && !Lexicon.PREPOSITIONS.contains(t.lower) && !Lexicon.AUXILIARIES.contains(t.lower)
                && (t.lower.endsWith("ed") || t.lower.endsWith("es") || Lexicon.PAST_FORMS.contains(t.lower)
                || t.is("put"));
    }

    private static boolean isParticiple(Token t) {
        return t.isLowercaseWord() && t.lower.length() > 4 && t.lower.endsWith("ing");
    }

    /** Turns the speaker's words into a name, or marks the candidate for later resolution. */
    private void resolveWords(Draft c, int first, int last) {
        if (first == last && Lexicon.PRONOUNS.contains(doc.token(first).lower)) {
            c.source = SpeakerSource.PRONOUN;
            c.speakerWords = doc.token(first).lower;
            c.anchor = first;
            return;
        }
        // "Our intelligence revealed", "my office found": in a speaker's turn, the speaker's own.
        int owner = first > 0 && !doc.token(first).is("our") && !doc.token(first).is("my") ? first - 1 : first;
        if ((doc.token(owner).is("our") || doc.token(owner).is("my")) && turnSpeaker[c.paragraph] != null) {
            named(c, turnSpeaker[c.paragraph], IN_TURN);
            return;
        }
        // The head is the last word before "of"/"for"/"in": "The spokesman for Putin", "Officials in Kyiv",
        // "Advisers to the mayor".
        int head = last;
        for (int k = first; k <= last; k++) {
            Token t = doc.token(k);
            if ((t.is("of") || t.is("for") || t.is("in") || t.is("at") || t.is("from") || t.is("to")) && k > first) {
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
                && !Phrases.SPEAKING_GROUPS.contains(headWord) && !BACK_REFERENCES.contains(headWord)) {
            named(c, turnSpeaker[c.paragraph], IN_TURN);
            return;
        }
        if (mention != null && mention.hasName() && !doc.token(head).isPossessive()) {
            named(c, people.size() > 1 ? String.join(" and ", people) : names.fullName(mention), NAME_AT_CUE);
            return;
        }
        String dataOwner = dataOwner(first, head);
        if (dataOwner != null) {
            named(c, dataOwner, OWNER);
            return;
        }
        // "the latest Harbour Gazette poll": the pollster named in it speaks for the figures.
        if (Lexicon.DATA_NOUNS.contains(headWord) && !Lexicon.DOCUMENT_NOUNS.contains(headWord)) {
            for (int k = first; k < head; k++) {
                Names.Mention m = names.mentionAt(k);
                if (m != null && m.hasName() && m.last < head) {
                    named(c, names.fullName(m), OWNER);
                    return;
                }
            }
        }
        if (doc.token(first).is("the") && BACK_REFERENCES.contains(headWord)) {
            c.source = SpeakerSource.PREVIOUS_STATEMENT;
            c.anchor = first;
            return;
        }
        // "A lesson from Ada Marsh:", "a message from the mayor, Tom Ortiz": the person it comes from.
        if (head + 2 < doc.size() && doc.token(head + 2).sentence == doc.token(head).sentence
                && doc.token(head + 1).is("from") && !Lexicon.ROLE_HEADS.contains(headWord)
                && !Phrases.SPEAKING_GROUPS.contains(headWord)) {
            Names.Mention from = names.mentionAt(head + 2);
            if (from != null && from.hasName() && (from.type == Names.Type.PERSON
                    || from.type == Names.Type.UNKNOWN && from.nameTokens() > 1)) {
                named(c, names.fullName(from), NAME_AT_CUE);
                return;
            }
        }
        if (Lexicon.DOCUMENT_NOUNS.contains(headWord)) {
            // "The council issued a statement saying": the one who issued it.
            int article = INDEFINITE.contains(doc.token(first).lower) ? first : first - 1;
            if (indefinite(first) && article > 0 && issuingVerb(doc.token(article - 1))) {
                int[] np = phrases.npBefore(article - 1);
                if (np != null && np[1] < article - 1) {
                    c.speakerWords = Names.clean(doc.text.substring(doc.token(np[0]).start, doc.token(np[1]).end));
                    resolveWords(c, np[0], np[1]);
                    return;
                }
            }
            // "a White House statement" names its issuer; so does "a statement by X" before "the statement".
            for (int k = first; k < head; k++) {
                Names.Mention m = names.mentionAt(k);
                if (m != null && m.hasName()) {
                    named(c, names.fullName(m), OWNER);
                    return;
                }
            }
            String issuer = indefinite(first) ? null : releaseSpeakerBefore(first);
            if (issuer != null) {
                named(c, issuer, CARRIED);
                return;
            }
            // Otherwise "the report says" is the report's, not the last speaker's: measured on our gold sets and
            // on news annotated by others, the last speaker was more often someone else.
        }
        String role = roleKey(first, head);
        // "A spokeswoman for the campaign says": someone not named, not the spokeswoman named elsewhere, unless
        // named right after ("a spokesperson for the mayor, Tom Ortiz").
        if (role != null && indefinite(first)) {
            Names.Mention m = last + 2 < doc.size() && doc.token(last + 1).is(",") ? names.mentionAt(last + 2) : null;
            if (m != null && m.type == Names.Type.PERSON && m.hasName()) {
                named(c, names.fullName(m), ROLE_HOLDER);
                return;
            }
        } else if (role != null) {
            String holder = names.roleHolder(role, first);
            if (holder == null && role.contains(" ")) {
                holder = names.roleHolder(role.substring(role.lastIndexOf(' ') + 1), first);
            }
            if (holder != null) {
                named(c, holder, ROLE_HOLDER);
                return;
            }
        }
        if (people.size() == 1 && mention != null) {
            named(c, people.get(0), ROLE_HOLDER);
            return;
        }
        String words = stripDeterminer(withoutTime(c.speakerWords, first, head, last));
        named(c, words, isProperName(words) ? UNRECOGNISED_NAME : DESCRIPTION);
    }

    /** "an arbitration panel in 2001", "the court on Friday": when it spoke is no part of who spoke. */
    private String withoutTime(String words, int first, int head, int last) {
        for (int k = head + 1; k + 1 <= last; k++) {
            Token next = doc.token(k + 1);
            if ((doc.token(k).is("in") || doc.token(k).is("on")) && (next.type == Token.Type.NUMBER
                    || Lexicon.MONTHS.contains(next.lower) || Lexicon.WEEKDAYS.contains(next.lower))) {
                return Names.clean(doc.text.substring(doc.token(first).start, doc.token(k - 1).end));
            }
        }
        return words;
    }

    private static void named(Draft c, String speaker, double confidence) {
        c.source = SpeakerSource.NAMED;
        c.speaker = speaker;
        c.confidence = confidence;
    }

    private static final Set<String> NAME_JOINERS = Lexicon.words("of", "for", "and", "the", "on", "de");

    /** "Harbor Gazette", "HUFFPOLLSTER": every word capitalised, a name the name finder did not know. */
    private static boolean isProperName(String words) {
        if (Lexicon.DETERMINERS.contains(words.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] parts = words.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            // "Department of Transportation", "Bureau for the Harbour": small words inside a name.
            boolean inside = i > 0 && i < parts.length - 1 && NAME_JOINERS.contains(w);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !inside) {
                return false;
            }
        }
        return !words.isEmpty();
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

    static String stripDeterminer(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (String det : new String[] {"the ", "a ", "an "}) {
            if (lower.startsWith(det)) {
                return words.substring(det.length());
            }
        }
        return words;
    }

    /**
     * Resolves every candidate's speaker in text order (pronouns and carried-over speakers need the one
     * before) and sets how sure that is. Candidates must be sorted by start.
     */
    void resolve() {
        String previousSpeaker = null;
        int previousParagraph = -10;
        int previousSpanLast = -1;
        for (Draft c : candidates) {
            String speaker = switch (c.source) {
                case NAMED -> c.speaker;
                case PRONOUN -> pronounSpeaker(c, previousSpeaker, previousParagraph, previousSpanLast);
                case PREVIOUS_STATEMENT -> {
                    c.confidence = CARRIED;
                    yield previousSpeaker != null ? previousSpeaker
                            : orElse(releaseSpeakerBefore(c.anchor), c.speakerWords == null ? null : stripDeterminer(c.speakerWords));
                }
                case CONTINUING -> {
                    c.confidence = CARRIED;
                    yield c.paragraph - previousParagraph <= 2 && previousSpeaker != null
                            ? previousSpeaker : releaseSpeakerBefore(c.anchor);
                }
                case NONE -> null;
            };
            // An unattributed clause in someone's turn ("showing that ...") is theirs.
            if (speaker == null && turnSpeaker[c.paragraph] != null) {
                speaker = turnSpeaker[c.paragraph];
                c.confidence = IN_TURN;
            }
            speaker = canonical(speaker, c.speakerWords);
            if (speaker != null && !speaker.equals(Statement.ARTICLE_SPEAKER)) {
                previousSpeaker = speaker;
                previousParagraph = c.paragraph;
                previousSpanLast = c.spanLast;
            }
            c.confidence = speaker == null ? 0 : speaker.equals(Statement.ARTICLE_SPEAKER) ? 1 : c.confidence;
            c.speaker = speaker;
        }
    }

    /**
     * "X said ... She also said": "he" or "she" right after a statement, with no person named in
     * between, is its speaker when the gender fits; the people named inside that statement are not.
     */
    private boolean continuesPreviousSpeaker(Draft c, String previousSpeaker, int previousParagraph,
            int previousSpanLast) {
        boolean personal = c.speakerWords.equals("he") || c.speakerWords.equals("she");
        if (!personal || previousSpeaker == null || c.paragraph - previousParagraph > 1
                || previousSpanLast >= c.anchor || names.personNamedBetween(previousSpanLast, c.anchor)) {
            return false;
        }
        Names.Gender g = names.genderOf(previousSpeaker);
        return g == Names.Gender.UNKNOWN || g == (c.speakerWords.equals("he") ? Names.Gender.MALE : Names.Gender.FEMALE);
    }

    /** "The airline said ... It said ...": with no named antecedent, the speaker just before. */
    private String pronounSpeaker(Draft c, String previousSpeaker, int previousParagraph, int previousSpanLast) {
        if (continuesPreviousSpeaker(c, previousSpeaker, previousParagraph, previousSpanLast)) {
            c.confidence = PRONOUN_CONTINUING;
            return previousSpeaker;
        }
        String antecedent = c.speakerWords.equals("we") || c.speakerWords.equals("i") ? turnSpeaker[c.paragraph]
                : c.speakerWords.equals("you") ? null : names.antecedent(c.speakerWords, c.anchor);
        if (antecedent != null) {
            c.confidence = PRONOUN_ANTECEDENT;
            return antecedent;
        }
        c.confidence = CARRIED;
        return c.paragraph - previousParagraph <= 1 && !c.speakerWords.equals("you") ? previousSpeaker : null;
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
