package com.claimdesk.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Stage: the noun phrases around a cue: the subject before a speech verb, the source after "said" or
 * "according to", a sentence's subject. Returns token ranges; turning them into names is {@link Speakers}'.
 */
final class Phrases {

    private final Document doc;
    private final Names names;
    private final int[] turnStart;

    Phrases(Reading reading) {
        this.doc = reading.doc;
        this.names = reading.names;
        this.turnStart = reading.turnStart;
    }

    private static final Set<String> INTRO_WORDS = Lexicon.words("on", "in", "at", "during", "after", "before",
            "regarding", "speaking", "earlier", "later", "however", "meanwhile", "also", "but", "and", "today",
            "yesterday", "last", "following", "despite", "amid", "with", "for", "from", "when", "while", "as",
            "since", "in", "under", "according");

    /** Words opening a subordinate clause before the main one. */
    static final Set<String> SUBORDINATORS = Lexicon.words("although", "though", "while", "whereas",
            "because", "if", "unless", "even");

    static final Set<String> SPEAKING_GROUPS = Lexicon.words("critics", "officials", "leaders",
            "residents", "experts", "analysts", "campaigners", "activists", "protesters", "opponents",
            "supporters", "lawmakers", "ministers", "scientists", "researchers", "doctors", "police", "witnesses",
            "authorities", "prosecutors", "lawyers", "investigators", "sources", "observers", "economists",
            "government", "ministry", "company", "firm", "group", "union", "agency", "court", "report", "study");

    /** Skips a dateline ("WASHINGTON, March 5, 2013 -") and an introductory phrase ending in a comma. */
    int skipIntro(Document.Sentence s, int limit) {
        int k = s.first();
        Token first = doc.token(k);
        if (first.isWord() && first.text.length() >= 3 && first.text.equals(first.text.toUpperCase(Locale.ROOT))) {
            for (int m = k + 1; m < limit && m < k + 14; m++) {
                if (Reading.isDash(doc.token(m)) && doc.token(m).quote < 0) {
                    k = m + 1;
                    break;
                }
            }
        }
        Token t = doc.token(k);
        // "But a manager decided to ..., a source said": a conjunction opens the main clause, not an introduction.
        if (INTRO_WORDS.contains(t.lower) && !t.is("but") && !t.is("and")) {
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

    int skipModifiersBack(int k, int floor) {
        while (k >= floor && (Lexicon.VERB_MODIFIERS.contains(doc.token(k).lower)
                || (doc.token(k).isLowercaseWord() && doc.token(k).lower.endsWith("ly")))) {
            k--;
        }
        return k;
    }

    /** The subject words before a speech verb, or null when the clause has none ("..., but did say"). */
    int[] npBefore(int cueIndex) {
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
        for (int k = last; k >= floor && last - k < Reading.MAX_NP_TOKENS; k--) {
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
    static boolean isDescriptionWord(Token t, boolean beforeName) {
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
    int[] npForward(int k) {
        if (k >= doc.size()) {
            return null;
        }
        int sentence = doc.token(k).sentence;
        int last = -1;
        for (int m = k; m < doc.size() && m < k + Reading.MAX_NP_TOKENS; m++) {
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
            // "according to the ministry recovered ...": a verb ends the source's name, as does "who".
            if (t.isLowercaseWord() && (Lexicon.AUXILIARIES.contains(t.lower) || t.is("that") || t.is("who")
                    || t.is("whose") || t.is("which")
                    || (Lexicon.PREPOSITIONS.contains(t.lower) && !t.is("of") && !t.is("for"))
                    || Lexicon.cue(t.lower) != null
                    || last >= k && (Lexicon.PAST_FORMS.contains(t.lower) || t.lower.endsWith("ed") && !isAdjectiveEd(t)))) {
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
    int[] sentenceSubject(int sentence, int before) {
        Document.Sentence s = doc.sentences.get(sentence);
        int k = skipIntro(s, before);
        // "But Ana Ruiz, ...": the conjunction opens the sentence, the subject follows it.
        if (k + 1 < before && (doc.token(k).is("but") || doc.token(k).is("and"))) {
            k++;
        }
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
        for (int m = k; m < before && m < k + Reading.MAX_NP_TOKENS; m++) {
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

    /** People and bodies that make statements: a name, a pronoun, a role, or a group of people. */
    boolean canSpeak(int[] np) {
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

    /** The named person subject of the sentence just before the token in its paragraph, or null. */
    /** "campaign spokesman", "press secretary": a role within two words, so the name before describes it. */
    private boolean rolesFollow(int k) {
        for (int m = k; m < doc.size() && m < k + 2 && doc.token(m).isLowercaseWord(); m++) {
            if (Lexicon.ROLE_HEADS.contains(doc.token(m).lower)) {
                return true;
            }
        }
        return false;
    }

    String personSubjectBefore(int open) {
        int p = doc.token(open).paragraph;
        if (open <= doc.paragraphStart[p] || open <= turnStart[p]) {
            return null;
        }
        int sentence = doc.token(open - 1).sentence;
        int[] np = sentenceSubject(sentence, doc.sentences.get(sentence).last() + 1);
        if (np == null || doc.token(np[0]).quote >= 0) {
            return null;
        }
        // The person the subject is: "Clinton press secretary Brian Fallon" is Fallon; in "a Clinton campaign
        // spokesman" the name only describes, and the subject is no one named.
        String person = null;
        for (int k = np[0]; k <= np[1]; k++) {
            Names.Mention m = names.mentionAt(k);
            if (m != null) {
                boolean named = m.hasName() && m.type != Names.Type.ORGANISATION && !doc.token(m.last).isPossessive();
                person = named ? names.fullName(m) : null;
                k = m.last;
            } else if (doc.token(k).isLowercaseWord()) {
                person = null;
            }
        }
        return person != null && rolesFollow(np[1] + 1) ? null : person;
    }
}
