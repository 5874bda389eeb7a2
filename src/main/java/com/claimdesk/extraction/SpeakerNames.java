package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the words the engine found for a speaker into a claimant's name: a person, an organisation, a document's
 * issuer or the name behind a role ("a spokesperson for the mayor, Tom Ortiz" is Tom Ortiz). Descriptions, ages
 * and leading articles go ("Local resident Maria Santos, 54" is Maria Santos). When what is left names nobody
 * (a lone common word, a role without a name, a possessive like "the council's own figures") the name comes back
 * unsure, so that a reviewer picks the speaker instead of a claimant being made from it.
 */
public final class SpeakerNames {

    /** How sure a name is that says who spoke: below {@link Statement#CONFIDENT}. */
    static final double UNSURE = 0.4;

    /** A speaker as a claimant would be named, and how much the words looked like a name (0..1). */
    public record Name(String text, double confidence) {
        public boolean sure() {
            return confidence >= Statement.CONFIDENT;
        }
    }

    /** Words that describe a person before their name: never part of it, and no name on their own. */
    private static final Set<String> DESCRIPTORS = Lexicon.words("local", "resident", "residents", "former",
            "retired", "longtime", "long-time", "veteran", "senior", "junior", "young", "elderly", "fellow",
            "neighbour", "neighbor", "shopkeeper", "teacher", "nurse", "driver", "farmer", "parent", "mother",
            "father", "owner", "worker", "volunteer", "campaigner", "another", "other", "one", "some", "citing",
            "according", "own", "new", "top", "then", "current", "interim", "incoming", "outgoing", "also");

    /** Common nouns for a body or a publication: "the agency", "Agency", "the report" say whose it is not. */
    private static final Set<String> GENERIC_NOUNS = Lexicon.words("agency", "organization", "organisation",
            "council", "ministry", "department", "office", "committee", "commission", "government", "administration",
            "authority", "board", "company", "firm", "party", "union", "association", "court", "university",
            "police", "service", "institute", "group", "officials", "official", "spokesperson", "spokesman",
            "spokeswoman", "spokespeople", "source", "sources", "people", "person", "city", "county", "state",
            "district", "campaign", "team", "staff", "experts", "analysts", "researchers", "critics", "authorities",
            "residents", "statement", "figures", "data", "report", "study", "survey", "poll", "article");

    /** Small words an organisation's name may hold between capitalised words ("Bank of England"). */
    private static final Set<String> CONNECTORS = Lexicon.words("of", "for", "and", "&", "on");

    private SpeakerNames() {
    }

    /** The statement with its speaker named as a claimant, and its confidence lowered if that names nobody. */
    static Statement settle(Statement statement) {
        Name name = of(statement.speaker());
        if (name == null) {
            return statement;
        }
        return new Statement(statement.kind(), statement.content(), statement.start(), statement.end(), name.text(),
                statement.cue(), statement.figures(), Math.min(statement.speakerConfidence(), name.confidence()));
    }

    /** The claimant's name in a speaker phrase; null for no phrase. */
    public static Name of(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        if (phrase.equals(Statement.ARTICLE_SPEAKER)) {
            return new Name(phrase, 1);
        }
        String cleaned = phrase.replaceAll("\\(\\d+\\)", " ").replaceAll("\\s+", " ").strip();
        Name best = null;
        // "spokesperson for the mayor, Tom Ortiz": the part that is a name wins over the role around it.
        for (String part : cleaned.split("\\s*[,;]\\s*")) {
            Name name = ofPart(part);
            if (name != null && (best == null || name.confidence() > best.confidence())) {
                best = name;
            }
        }
        return best != null ? best : new Name(trimmed(phrase), UNSURE);
    }

    private static Name ofPart(String part) {
        List<String> words = new ArrayList<>(List.of(part.split(" ")));
        words.removeIf(w -> w.isEmpty() || w.matches("[\\p{Punct}\u2018\u2019\u201C\u201D]+"));
        if (words.isEmpty() || words.stream().allMatch(w -> w.matches("\\d+([-\u2013]year[-\u2013]old)?"))) {
            return null; // an age
        }
        int possessive = possessiveBeforeLowercase(words);
        if (possessive >= 0) {
            // "the council's own figures": the owner, unsure, for the reviewer to name properly.
            List<String> owner = withoutLeading(words.subList(0, possessive + 1), Lexicon.DETERMINERS);
            return new Name(stripPossessive(String.join(" ", owner)), UNSURE);
        }
        Name unsure = null;
        for (List<String> run : capitalisedRuns(words)) {
            Name name = modifier(run, words) || owner(run, words) ? null : ofRun(run);
            if (name != null && name.sure()) {
                return name;
            }
            unsure = unsure == null ? name : unsure;
        }
        if (unsure != null) {
            return unsure;
        }
        List<String> rest = withoutLeading(words, Lexicon.DETERMINERS);
        return rest.isEmpty() ? null : new Name(trimmed(String.join(" ", rest)), UNSURE);
    }

    /**
     * "Election officials": a lone common word before a lowercase noun describes it and names nobody. "A Brook
     * campaign spokesman": a name before a described role ("campaign spokesman") is whose the role is, not who
     * spoke.
     */
    private static boolean modifier(List<String> run, List<String> words) {
        int next = words.indexOf(run.get(run.size() - 1)) + 1;
        if (next < words.size() - 1 && Lexicon.ROLE_HEADS.contains(bare(words.get(words.size() - 1)))
                && words.subList(next, words.size()).stream().noneMatch(SpeakerNames::capitalised)) {
            return true;
        }
        return run.size() == 1 && Lexicon.ORG_WORDS.contains(bare(run.get(0))) && next < words.size()
                && !capitalised(words.get(next)) && !CONNECTORS.contains(words.get(next));
    }

    private static final Set<String> OWNER_PREPOSITIONS = Lexicon.words("for", "of", "to", "at", "from", "in", "with");

    /**
     * "a spokeswoman for Ada Marsh", "advisers to the Mayor": a name after a lowercase noun and a preposition
     * is whose the speaker is, not who spoke.
     */
    private static boolean owner(List<String> run, List<String> words) {
        int k = words.indexOf(run.get(0)) - 1;
        if (k >= 0 && Lexicon.DETERMINERS.contains(bare(words.get(k)))) {
            k--;
        }
        return k >= 1 && OWNER_PREPOSITIONS.contains(words.get(k)) && !capitalised(words.get(k - 1))
                && !Lexicon.DETERMINERS.contains(bare(words.get(k - 1)));
    }

    /** A run of capitalised words as a name, or null when it is only articles, descriptions or titles. */
    private static Name ofRun(List<String> run) {
        List<String> words = withoutLeading(run, Lexicon.DETERMINERS);
        words = withoutLeading(words, DESCRIPTORS);
        if (words.isEmpty() || words.stream().allMatch(w -> Lexicon.NON_NAME_CAPITALS.contains(bare(w)))) {
            return null;
        }
        if (organisation(words)) {
            return new Name(String.join(" ", words), sureName(words) ? 1 : UNSURE);
        }
        List<String> name = withoutLeading(words, Lexicon.TITLES);
        if (name.isEmpty()) {
            // "Prime Minister", "Mayor": a role; the reviewer says whose.
            return new Name(String.join(" ", words), UNSURE);
        }
        return new Name(String.join(" ", name), sureName(name) ? 1 : UNSURE);
    }

    /** "Environment Agency", "Bank of England", "NATO": an organisation, kept whole. */
    private static boolean organisation(List<String> words) {
        String last = bare(words.get(words.size() - 1));
        if (Lexicon.ORG_WORDS.contains(last) && !Lexicon.ROLE_HEADS.contains(last)) {
            return true;
        }
        if (words.size() == 1 && words.get(0).length() > 1 && words.get(0).equals(words.get(0).toUpperCase(Locale.ROOT))) {
            return true;
        }
        for (int k = 0; k < words.size() && !CONNECTORS.contains(words.get(k)); k++) {
            if (k + 1 < words.size() && CONNECTORS.contains(words.get(k + 1))
                    && Lexicon.ORG_WORDS.contains(bare(words.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** A lone common word ("Agency", "Local", "The") names nobody. */
    private static boolean sureName(List<String> words) {
        if (words.size() > 1) {
            return true;
        }
        String word = bare(words.get(0));
        return !(GENERIC_NOUNS.contains(word) || DESCRIPTORS.contains(word) || Lexicon.NON_NAME_CAPITALS.contains(word)
                || Lexicon.ROLE_HEADS.contains(word) || Lexicon.DOCUMENT_NOUNS.contains(word)
                || Lexicon.DATA_NOUNS.contains(word));
    }

    /**
     * The runs of capitalised words, in order; lowercase connectors join capitalised words only inside an
     * organisation's name ("Ministry of Defence", not "Maria Santos of Riverside").
     */
    private static List<List<String>> capitalisedRuns(List<String> words) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            boolean joins = !run.isEmpty() && CONNECTORS.contains(word) && k + 1 < words.size()
                    && capitalised(words.get(k + 1)) && run.stream().anyMatch(w -> Lexicon.ORG_WORDS.contains(bare(w)));
            if (capitalised(word) || joins) {
                run.add(word);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** Index of a word ending in 's before what it published ("council's own figures", not "players' union"). */
    private static int possessiveBeforeLowercase(List<String> words) {
        for (int k = 0; k + 1 < words.size(); k++) {
            String word = words.get(k);
            if ((word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("s'") || word.endsWith("s\u2019"))
                    && !capitalised(words.get(k + 1)) && publication(words.subList(k + 1, words.size()))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean publication(List<String> words) {
        String head = bare(words.get(words.size() - 1));
        return Lexicon.DATA_NOUNS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head);
    }

    private static String stripPossessive(String owner) {
        return owner.replaceAll("(['\u2019]s|(?<=s)['\u2019])$", "");
    }

    private static List<String> withoutLeading(List<String> words, Set<String> drop) {
        int k = 0;
        while (k < words.size() && drop.contains(bare(words.get(k)))) {
            k++;
        }
        return words.subList(k, words.size());
    }

    /** Capitalised, also behind an opening bracket ("Jens Stoltenberg (NATO)", as a claimant may be named). */
    private static boolean capitalised(String word) {
        String letters = word.startsWith("(") ? word.substring(1) : word;
        return !letters.isEmpty() && Character.isUpperCase(letters.codePointAt(0));
    }

    /** The word as the word lists hold it: lowercase, without the period of "Ms." or "Dr.". */
    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static String trimmed(String phrase) {
        return phrase.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }
}
