package com.claimdesk.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a turn's label names the claimed speaker. A label is titles, then a surname ("SECRETARY BLINKEN",
 * "MS. PSAKI", "Mr. BROWN of Ohio"): it is the same person when the surname is the claimed name's last word.
 * A label that is only a role ("THE PRESIDENT", "THE VICE PRESIDENT") is the same person when the claim names
 * the role ("the president", "President Biden"); against a bare name it cannot tell who held the role that
 * day, so it says {@link Verdict#UNKNOWN} and nobody is called misattributed on a guess, unless the source's
 * heading names the holder ("Remarks by President Biden") or the claimed person never held such a role. "Q" is
 * a reporter.
 */
public final class SpeakerMatch {

    public enum Verdict { SAME, OTHER, UNKNOWN }

    private static final Set<String> TITLES = Set.of("the", "mr", "mrs", "ms", "miss", "dr", "secretary",
            "justice", "chief", "senator", "sen", "rep", "representative", "governor", "gov", "ambassador",
            "general", "gen", "admiral", "adm", "judge", "speaker", "minister", "foreign", "prime", "president",
            "vice", "press", "deputy", "attorney", "mayor", "professor", "prof", "first", "lady", "second",
            "gentleman", "leader", "chairman", "chairwoman");

    /** Surnames of recent presidents and vice presidents: a role label might be any of them on a given day. */
    private static final Set<String> ROLE_HOLDERS = Set.of("biden", "trump", "obama", "bush", "clinton", "reagan",
            "carter", "ford", "nixon", "johnson", "kennedy", "eisenhower", "truman", "roosevelt", "harris", "pence",
            "cheney", "gore", "quayle", "mondale", "rockefeller", "agnew", "humphrey", "vance");

    /** Labels that say a reporter or a member of the audience spoke, not who. */
    private static final Set<String> ANONYMOUS = Set.of("Q", "QUESTION", "REPORTER", "AUDIENCE MEMBER", "PARTICIPANT");

    private SpeakerMatch() {
    }

    public static Verdict compare(String label, String claimed) {
        return compare(label, claimed, Map.of());
    }

    /**
     * As {@link #compare(String, String)}, knowing who held roles in this source ({@link Transcript#roleHolders()}).
     */
    public static Verdict compare(String label, String claimed, Map<String, String> holders) {
        if (label == null || claimed == null || claimed.isBlank()) {
            return Verdict.UNKNOWN;
        }
        List<String> claimedWords = words(claimed);
        if (claimedWords.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        if (label.equals("Q")) {
            return Verdict.OTHER;
        }
        if (label.equals("A")) {
            return Verdict.UNKNOWN; // whoever answers: the transcript does not say
        }
        List<String> labelWords = words(label.replaceFirst("(?i)\\s+of\\s+.*$", ""));
        List<String> names = labelWords.stream().filter(w -> !TITLES.contains(w)).toList();
        if (names.isEmpty()) {
            List<String> role = labelWords.stream().filter(w -> !w.equals("the")).toList();
            List<String> claimedNames = claimedWords.stream().filter(w -> !TITLES.contains(w)).toList();
            String holder = holders.get(String.join(" ", role));
            if (holder != null && !claimedNames.isEmpty()) {
                return claimedNames.contains(holder) ? Verdict.SAME : Verdict.OTHER;
            }
            if (namesRole(claimedWords, role)) {
                return Verdict.SAME;
            }
            if (claimedWords.stream().anyMatch(TITLES::contains)) {
                return Verdict.OTHER;
            }
            return claimedNames.stream().anyMatch(ROLE_HOLDERS::contains) ? Verdict.UNKNOWN : Verdict.OTHER;
        }
        // The surname anywhere in the claim: "Jen Psaki, the press secretary", "Psaki's".
        String surname = names.get(names.size() - 1);
        return claimedWords.contains(surname) ? Verdict.SAME : Verdict.OTHER;
    }

    /** "the president", "President Biden", "Joe Biden, the president"; not "Vice President Harris" or "former president". */
    private static boolean namesRole(List<String> claimed, List<String> role) {
        int at = Collections.indexOfSubList(claimed, role);
        return at >= 0 && (at == 0 || !Set.of("vice", "former", "deputy").contains(claimed.get(at - 1)));
    }

    /**
     * As {@link #compare(String, String, Map)}, in the light of the whole transcript: a reporter's "Q" is someone
     * other than a person who speaks under their own label in it (a question put in the official's mouth), but it
     * cannot say whether the claim's name is the reporter's.
     */
    public static Verdict inTranscript(String label, String claimed, Transcript transcript) {
        Verdict verdict = compare(label, claimed, transcript.roleHolders());
        if (verdict != Verdict.OTHER || !ANONYMOUS.contains(label.toUpperCase(Locale.ROOT))) {
            return verdict;
        }
        boolean speaksHere = transcript.turns().stream().map(Transcript.Turn::speaker).distinct()
                .filter(l -> !ANONYMOUS.contains(l.toUpperCase(Locale.ROOT)))
                .anyMatch(l -> compare(l, claimed, transcript.roleHolders()) != Verdict.OTHER);
        return speaksHere ? Verdict.OTHER : Verdict.UNKNOWN;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}'-]+")) {
            w = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
