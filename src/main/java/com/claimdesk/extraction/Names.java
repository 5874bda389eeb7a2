package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of one document: every run of capitalised words, split into title and name, typed as
 * person or organisation, with the indexes used to resolve a speaker to the fullest name in the
 * article (surname to full name, title to the person holding it, pronoun to the nearest person).
 */
final class Names {

    enum Type { PERSON, ORGANISATION, UNKNOWN }

    /** A run of capitalised words: optional titles, then an optional name. */
    static final class Mention {
        final int first;
        final int last;
        /** First token of the name part; greater than {@code last} when the run is only a title. */
        final int nameFirst;
        final String name;
        /** Lowercase title words before the name ("defense secretary"), or "". */
        final String title;
        Type type;
        boolean subject;
        /** Set when the name is two names run together ("Olaf Scholz Stoltenberg"): the person meant. */
        String juxtaposedWith;

        Mention(int first, int last, int nameFirst, String name, String title, Type type) {
            this.first = first;
            this.last = last;
            this.nameFirst = nameFirst;
            this.name = name;
            this.title = title;
            this.type = type;
        }

        boolean hasName() {
            return nameFirst <= last;
        }

        int nameTokens() {
            return last - nameFirst + 1;
        }
    }

    /** A role held by a person at a position in the text. */
    private record RoleHolder(int token, String person) {
    }

    private static final int[] NO_MENTIONS = new int[0];

    private final Document doc;
    final List<Mention> mentions = new ArrayList<>();
    /** Token index to index in {@link #mentions}, or -1. */
    private final int[] mentionAt;
    /** Lowercase surname to multi-word person names, in text order. */
    private final Map<String, List<Mention>> bySurname = new HashMap<>();
    private final Map<String, List<RoleHolder>> roles = new HashMap<>();
    /** Full name to the gender its title or given name shows, where one does. */
    private final Map<String, Gender> genderByName = new HashMap<>();
    /** The first person named after the token within a few words ("interviews Jon Greenspon"). */
    String personAfter(int token, int within) {
        for (int k = token; k < doc.size() && k < token + within; k++) {
            Mention m = mentionAt(k);
            if (m != null && m.hasName() && m.type == Type.PERSON) {
                return fullName(m);
            }
        }
        return null;
    }

    /** Indexes of person mentions outside quotations, in text order. */
    private int[] persons = NO_MENTIONS;
    /** Indexes of organisation mentions outside quotations, in text order. */
    private int[] organisations = NO_MENTIONS;

    Names(Document doc) {
        this.doc = doc;
        this.mentionAt = new int[doc.size()];
        Arrays.fill(mentionAt, -1);
        findRuns();
        indexSurnames();
        indexRoles();
        indexForPronouns();
    }

    Mention mentionAt(int token) {
        int m = mentionAt[token];
        return m < 0 ? null : mentions.get(m);
    }

    // ---- finding runs -------------------------------------------------------------------------

    private boolean isNameWord(Token t) {
        if (!t.isCapitalized()) {
            return false;
        }
        String bare = stripPeriod(t.bareLower());
        return !Lexicon.NON_NAME_CAPITALS.contains(bare) && Lexicon.cue(bare) == null;
    }

    private static String stripPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static final java.util.Set<String> PARTICLES = Lexicon.words("bin", "al", "de", "van", "von",
            "der", "da", "del", "du", "la", "le", "di", "ibn", "el", "dos", "ben", "den", "ter");

    private void findRuns() {
        int n = doc.size();
        int i = 0;
        while (i < n) {
            Token t = doc.token(i);
            if (!isNameWord(t) || doc.skippedParagraph[t.paragraph]) {
                i++;
                continue;
            }
            int last = i;
            while (!doc.token(last).isPossessive() && last + 1 < n) {
                int next = last + 1;
                Token nt = doc.token(next);
                if (nt.sentence != t.sentence || nt.quote != t.quote) {
                    break;
                }
                if (isNameWord(nt)) {
                    last = next;
                    continue;
                }
                // Connectors inside a name: "Secretary of State", "Osama bin Laden", "Antony J. Blinken".
                boolean joins = next + 1 < n && isNameWord(doc.token(next + 1))
                        && doc.token(next + 1).sentence == t.sentence;
                Token lt = doc.token(last);
                if (joins && (nt.is("of") || nt.is("for")) && (isTitle(lt) || isOrgWord(lt))) {
                    last = next + 1;
                    continue;
                }
                if (joins && PARTICLES.contains(nt.lower)) {
                    last = next + 1;
                    continue;
                }
                boolean initial = lt.text.length() == 1 || Lexicon.TITLE_ABBREVIATIONS.contains(lt.lower);
                if (joins && nt.text.equals(".") && initial && nt.start == lt.end) {
                    last = next + 1;
                    continue;
                }
                break;
            }
            addMention(i, last);
            i = last + 1;
        }
    }

    /** "Karen Bishop", "Lisa Major": a title word after a given name is a surname. */
    private boolean isSurnameLikeTitle(int k, int first) {
        if (k == first) {
            return false;
        }
        Token before = doc.token(k - 1);
        String given = stripPeriod(before.lower);
        return Lexicon.MALE_NAMES.contains(given) || Lexicon.FEMALE_NAMES.contains(given)
                || (before.text.length() == 1 && before.isCapitalized())
                || (before.is(".") && k - 2 >= first && doc.token(k - 2).text.length() == 1);
    }

    private static boolean isTitle(Token t) {
        return Lexicon.TITLES.contains(stripPeriod(t.bareLower()));
    }

    private static boolean isOrgWord(Token t) {
        return Lexicon.ORG_WORDS.contains(stripPeriod(t.bareLower()));
    }

    private void addMention(int first, int last) {
        // The name is what follows the last title word; "of X" after a title belongs to the title
        // when a name still follows ("Secretary of State Antony Blinken").
        int lastTitle = -1;
        boolean roleOfOrganisation = false;
        for (int k = first; k <= last; k++) {
            Token t = doc.token(k);
            if (isTitle(t) && !isSurnameLikeTitle(k, first)) {
                lastTitle = k;
            } else if ((t.is("of") || t.is("for")) && lastTitle == k - 1) {
                if (k + 2 <= last) {
                    lastTitle = k + 1;
                    k++;
                } else {
                    roleOfOrganisation = true;
                    break;
                }
            }
        }
        int nameFirst = roleOfOrganisation ? last + 1 : lastTitle + 1;
        // "The Environment Agency", "World Health Organization": a run ending in an organisation word is
        // the organisation's name, whatever title words ("environment", "health") it holds.
        if (lastTitle < 0 || (!roleOfOrganisation && lastTitle < last && isOrgWord(doc.token(last)))) {
            nameFirst = first;
            lastTitle = -1;
        }
        // "MS. HALE": the period of an abbreviated title is not part of the name.
        while (nameFirst <= last && doc.token(nameFirst).is(".")) {
            nameFirst++;
        }
        StringBuilder title = new StringBuilder();
        for (int k = first; k <= Math.min(last, nameFirst - 1); k++) {
            Token t = doc.token(k);
            if (isTitle(t) || t.is("of") || (title.length() > 0 && k <= lastTitle)) {
                if (title.length() > 0) {
                    title.append(' ');
                }
                title.append(stripPeriod(t.bareLower()));
            }
        }
        String name = "";
        Type type = Type.UNKNOWN;
        if (nameFirst <= last) {
            name = clean(doc.text.substring(doc.token(nameFirst).start, doc.token(last).end));
            if (doc.token(last).isPossessive()) {
                name = name.substring(0, name.length() - 2);
            }
            type = classify(nameFirst, last, name, lastTitle >= 0);
        }
        int index = mentions.size();
        mentions.add(new Mention(first, last, nameFirst, name, title.toString(), type));
        for (int k = first; k <= last; k++) {
            mentionAt[k] = index;
        }
    }

    private Type classify(int from, int to, String name, boolean titled) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (Lexicon.PLACES.contains(lower)) {
            return Type.ORGANISATION;
        }
        for (int k = from; k <= to; k++) {
            Token t = doc.token(k);
            if (isOrgWord(t)) {
                return Type.ORGANISATION;
            }
        }
        if (titled) {
            return Type.PERSON;
        }
        if (from == to) {
            Token t = doc.token(from);
            String bare = t.bare();
            boolean acronym = bare.length() >= 2 && bare.chars().filter(Character::isLetter)
                    .allMatch(Character::isUpperCase);
            return acronym ? Type.ORGANISATION : Type.UNKNOWN;
        }
        // Two or more words: a person unless every word is an acronym or a nationality adjective.
        int plainWords = 0;
        for (int k = from; k <= to; k++) {
            Token t = doc.token(k);
            if (t.isWord() && t.text.length() > 1 && !t.bare().equals(t.bare().toUpperCase(java.util.Locale.ROOT))) {
                plainWords++;
            }
        }
        return plainWords >= 2 ? Type.PERSON : Type.ORGANISATION;
    }

    static String clean(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    // ---- indexes ------------------------------------------------------------------------------

    private void indexSurnames() {
        for (Mention m : mentions) {
            if (m.type == Type.PERSON && m.hasName() && m.nameTokens() >= 2) {
                bySurname.computeIfAbsent(surname(m), k -> new ArrayList<>()).add(m);
            }
        }
        // "Olaf Scholz Stoltenberg" (a missing comma) ends with the surname of another person.
        for (Mention m : mentions) {
            if (m.type != Type.PERSON || countNameWords(m) < 3) {
                continue;
            }
            List<Mention> sameSurname = bySurname.getOrDefault(surname(m), List.of());
            // A few candidates suffice; bounding the scan keeps huge texts linear.
            for (Mention other : sameSurname.subList(0, Math.min(sameSurname.size(), 20))) {
                if (other != m && countNameWords(other) == 2 && !m.name.startsWith(firstWord(other.name))) {
                    m.juxtaposedWith = other.name;
                    break;
                }
            }
        }
        for (List<Mention> list : bySurname.values()) {
            list.removeIf(m -> m.juxtaposedWith != null);
        }
        bySurname.values().removeIf(List::isEmpty);
        // A lone capitalised word that is some person's surname is that person.
        for (Mention m : mentions) {
            if (m.type == Type.UNKNOWN && m.hasName() && bySurname.containsKey(surname(m))) {
                m.type = Type.PERSON;
            }
        }
    }

    private int countNameWords(Mention m) {
        int words = 0;
        for (int k = m.nameFirst; k <= m.last; k++) {
            Token t = doc.token(k);
            if (t.isWord() && t.text.length() > 1) {
                words++;
            }
        }
        return words;
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    private String surname(Mention m) {
        return stripPeriod(doc.token(m.last).bareLower());
    }

    private void indexRoles() {
        for (Mention m : mentions) {
            if (m.type != Type.PERSON || !m.hasName()) {
                continue;
            }
            String person = fullName(m);
            if (!m.title.isEmpty()) {
                addRole(m.title, m.first, person);
                String[] words = m.title.split(" ");
                // A deputy governor is not "the governor".
                if (!SUBORDINATE.contains(words[0])) {
                    addRole(words[words.length - 1], m.first, person);
                }
            }
            // Appositions: "The spokesman for Putin, Dmitry Peskov," and "Jens Stoltenberg, NATO's chief,".
            if (m.first > 0 && doc.token(m.first - 1).text.equals(",")) {
                addAppositionRoles(m.first - 2, -1, person, m.first);
            }
            if (m.last + 1 < doc.size() && doc.token(m.last + 1).text.equals(",")) {
                addAppositionRoles(m.last + 2, 1, person, m.first);
            }
        }
    }

    private void addAppositionRoles(int from, int step, String person, int at) {
        int sentence = doc.token(at).sentence;
        for (int k = from, seen = 0; k >= 0 && k < doc.size() && seen < 7; k += step, seen++) {
            Token t = doc.token(k);
            if (t.sentence != sentence || t.type == Token.Type.PUNCT || t.type == Token.Type.QUOTE) {
                return;
            }
            // "the police chief": "police" only says which chief; the police are not him.
            boolean modifier = k + 1 < doc.size() && Lexicon.ROLE_HEADS.contains(doc.token(k + 1).bareLower());
            if (Lexicon.ROLE_HEADS.contains(t.bareLower()) && !modifier) {
                addRole(t.bareLower(), at, person);
                if (k - 1 >= 0 && Lexicon.TITLES.contains(doc.token(k - 1).lower)) {
                    addRole(doc.token(k - 1).lower + " " + t.bareLower(), at, person);
                }
            }
        }
    }

    private static final java.util.Set<String> SUBORDINATE = Lexicon.words("deputy", "vice", "assistant", "under",
            "associate", "former", "ex");

    private void addRole(String key, int token, String person) {
        roles.computeIfAbsent(key, k -> new ArrayList<>()).add(new RoleHolder(token, person));
    }

    private void indexForPronouns() {
        for (Mention m : mentions) {
            Gender g = m.type == Type.PERSON && m.hasName() ? genderOfMention(m) : Gender.UNKNOWN;
            if (g != Gender.UNKNOWN) {
                genderByName.putIfAbsent(fullName(m), g);
            }
        }
        List<Integer> people = new ArrayList<>();
        List<Integer> orgs = new ArrayList<>();
        int lastSentenceWithPerson = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.hasName() || doc.token(m.first).quote >= 0) {
                continue;
            }
            int sentence = doc.token(m.first).sentence;
            if (m.type == Type.PERSON) {
                m.subject = sentence != lastSentenceWithPerson || followedByCue(m);
                lastSentenceWithPerson = sentence;
                people.add(i);
            } else if (m.type == Type.ORGANISATION) {
                orgs.add(i);
            }
        }
        persons = people.stream().mapToInt(Integer::intValue).toArray();
        organisations = orgs.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean followedByCue(Mention m) {
        int k = m.last + 1;
        return k < doc.size() && Lexicon.cue(doc.token(k).lower) != null;
    }

    // ---- resolution ---------------------------------------------------------------------------

    /** The fullest form of a mention's name: a surname becomes the full name used in the article. */
    String fullName(Mention m) {
        if (!m.hasName()) {
            return null;
        }
        if (m.juxtaposedWith != null) {
            return m.juxtaposedWith;
        }
        boolean shouting = m.name.equals(m.name.toUpperCase(java.util.Locale.ROOT));
        if (m.type == Type.ORGANISATION || (m.nameTokens() > 1 && !shouting)) {
            return m.name;
        }
        List<Mention> full = bySurname.get(surname(m));
        if (full == null) {
            return m.name;
        }
        Mention best = sameGender(full, m, nearest(full, m.first));
        if (best == null) {
            return m.name;
        }
        // Transcript labels shout ("MR. BOUCHER"): prefer the name as written elsewhere.
        for (Mention candidate : full.subList(0, Math.min(full.size(), 20))) {
            if (!candidate.name.equals(candidate.name.toUpperCase(java.util.Locale.ROOT))) {
                return shouting ? candidate.name : best.name;
            }
        }
        return best.name;
    }

    /**
     * "Mr. Obama" in an article that names Michelle and Barack Obama: a gendered title rules out the full
     * names of the other gender; the nearest of the rest, before the mention if there is one; null if none is left.
     */
    private static Mention sameGender(List<Mention> full, Mention m, Mention nearest) {
        Gender wanted = genderOfMention(m);
        if (wanted == Gender.UNKNOWN || !conflicts(genderOfMention(nearest), wanted)) {
            return nearest;
        }
        Mention found = null;
        for (Mention candidate : full) {
            if (!conflicts(genderOfMention(candidate), wanted) && (found == null || candidate.first <= m.first)) {
                found = candidate;
            }
        }
        return found;
    }

    private static boolean conflicts(Gender g, Gender wanted) {
        return g != Gender.UNKNOWN && g != wanted;
    }

    /** Nearest mention before the token, else the first after it (binary search: lists can be long). */
    private static Mention nearest(List<Mention> list, int token) {
        int i = lastAtOrBefore(list.size(), k -> list.get(k).first, token);
        return list.get(Math.max(i, 0));
    }

    /** The person holding a role ("secretary-general") nearest before the token, else after it. */
    String roleHolder(String key, int token) {
        List<RoleHolder> holders = roles.get(key);
        if (holders == null) {
            return null;
        }
        int i = lastAtOrBefore(holders.size(), k -> holders.get(k).token(), token);
        return holders.get(Math.max(i, 0)).person();
    }

    /** Index of the last element whose position is at or before the token, or -1; positions ascend. */
    private static int lastAtOrBefore(int size, java.util.function.IntUnaryOperator position, int token) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (position.applyAsInt(mid) <= token) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The person (he, she) or organisation (it, they) a pronoun at the token refers to: the nearest
     * preceding one in subject position, else the nearest preceding one.
     */
    String antecedent(String pronoun, int token) {
        boolean person = pronoun.equals("he") || pronoun.equals("she");
        int[] pool = person ? persons : organisations;
        int pos = lastAtOrBefore(pool.length, k -> mentions.get(pool[k]).last, token - 1);
        if (pos < 0) {
            return null;
        }
        Gender wanted = pronoun.equals("he") ? Gender.MALE : pronoun.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
        int paragraph = doc.token(token).paragraph;
        Mention nearest = null;
        for (int k = pos; k >= 0 && k > pos - 12; k--) {
            Mention m = mentions.get(pool[k]);
            if (paragraph - doc.token(m.first).paragraph > 3) {
                break;
            }
            Gender g = gender(m);
            if (wanted != Gender.UNKNOWN && g != Gender.UNKNOWN && g != wanted) {
                continue;
            }
            // "Speaking to Martin Smith, he said": the object of a preposition in the pronoun's own
            // sentence is someone else.
            if (doc.token(m.first).sentence == doc.token(token).sentence && m.first > 0
                    && Lexicon.PREPOSITIONS.contains(doc.token(m.first - 1).lower)) {
                continue;
            }
            if (m.subject || !person) {
                return fullName(m);
            }
            if (nearest == null) {
                nearest = m;
            }
        }
        if (nearest != null) {
            return fullName(nearest);
        }
        Mention m = mentions.get(pool[pos]);
        return wanted == Gender.UNKNOWN || gender(m) == Gender.UNKNOWN ? fullName(m) : null;
    }

    enum Gender { MALE, FEMALE, UNKNOWN }

    /** The gender a title or given name shows for a full name found in the text, else unknown. */
    Gender genderOf(String fullName) {
        return genderByName.getOrDefault(fullName, Gender.UNKNOWN);
    }

    /** Whether a person is named outside quotations strictly between the two tokens. */
    boolean personNamedBetween(int after, int before) {
        int pos = lastAtOrBefore(persons.length, k -> mentions.get(persons[k]).last, before - 1);
        return pos >= 0 && mentions.get(persons[pos]).first > after;
    }

    /** Gender of the person a mention names, from a gendered title or a common given name anywhere it is named. */
    private Gender gender(Mention m) {
        String full = fullName(m);
        Gender g = full == null ? Gender.UNKNOWN : genderByName.getOrDefault(full, Gender.UNKNOWN);
        return g != Gender.UNKNOWN ? g : genderOfMention(m);
    }

    private static Gender genderOfMention(Mention m) {
        for (String word : m.title.split(" ")) {
            if (Lexicon.MALE_TITLES.contains(word)) {
                return Gender.MALE;
            }
            if (Lexicon.FEMALE_TITLES.contains(word)) {
                return Gender.FEMALE;
            }
        }
        if (!m.hasName() || m.nameTokens() < 2) {
            return Gender.UNKNOWN;
        }
        String given = firstWord(m.name).toLowerCase(java.util.Locale.ROOT);
        return Lexicon.MALE_NAMES.contains(given) ? Gender.MALE
                : Lexicon.FEMALE_NAMES.contains(given) ? Gender.FEMALE : Gender.UNKNOWN;
    }
}
