package com.claimdesk.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a turn's label names the claimed speaker. A label is titles, then a surname ("SECRETARY BLINKEN",
 * "MS. PSAKI", "Mr. BROWN of Ohio"): it is the same person when the surname is the claimed name's last word.
 * A label that is only a role ("THE PRESIDENT", "THE VICE PRESIDENT") is the same person when the claim names
 * the role ("the president", "President Biden"); against a bare name it cannot tell who held the role that
 * day, so it says {@link Verdict#UNKNOWN} and nobody is called misattributed on a guess. "Q" is a reporter.
 */
public final class SpeakerMatch {

    public enum Verdict { SAME, OTHER, UNKNOWN }

    private static final Set<String> TITLES = Set.of("the", "mr", "mrs", "ms", "miss", "dr", "secretary",
            "justice", "chief", "senator", "sen", "rep", "representative", "governor", "gov", "ambassador",
            "general", "gen", "admiral", "adm", "judge", "speaker", "minister", "foreign", "prime", "president",
            "vice", "press", "deputy", "attorney", "mayor", "professor", "prof");

    private SpeakerMatch() {
    }

    public static Verdict compare(String label, String claimed) {
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
        List<String> labelWords = words(label.replaceFirst("(?i)\\s+of\\s+.*$", ""));
        List<String> names = labelWords.stream().filter(w -> !TITLES.contains(w)).toList();
        if (names.isEmpty()) {
            List<String> role = labelWords.stream().filter(w -> !w.equals("the")).toList();
            List<String> claimedRole = claimedWords.stream().filter(w -> !w.equals("the")).toList();
            boolean namesRole = claimedRole.size() >= role.size() && claimedRole.subList(0, role.size()).equals(role);
            if (namesRole) {
                return Verdict.SAME;
            }
            return claimedWords.stream().anyMatch(TITLES::contains) ? Verdict.OTHER : Verdict.UNKNOWN;
        }
        String surname = names.get(names.size() - 1);
        return surname.equals(claimedWords.get(claimedWords.size() - 1)) ? Verdict.SAME : Verdict.OTHER;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
