package com.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a speaker is among the claimants on record and the people an article names, so that accepting a statement
 * never makes a second record of someone already there: by name or alias ignoring case and a leading "the";
 * by surname ("Brennan" is David Brennan when he is the only Brennan in the article, or else on record); and a
 * role without a name is the same as that role made more precise ("a spokesperson" and "a spokesperson for the
 * mayor" are one person).
 */
public final class ClaimantMatch {

    /** A claimant on record: its name and its other names. */
    public record Known(String name, Collection<String> aliases) {
    }

    private ClaimantMatch() {
    }

    /**
     * The name to record {@code speaker} under: a claimant's name on record, the fuller name the article gives, or
     * the speaker's own words when neither knows them.
     *
     * @param inArticle the speakers and claimants the article names
     * @param onRecord  claimants on record that the speaker may name (by name, alias or surname)
     */
    public static String nameFor(String speaker, Collection<String> inArticle, Collection<Known> onRecord) {
        String key = key(speaker);
        if (key.isEmpty()) {
            return speaker;
        }
        Optional<Known> known = byName(key, onRecord);
        if (known.isPresent()) {
            return known.get().name();
        }
        if (role(speaker)) {
            // The role made more precise elsewhere, in the article or on record, is the same speaker.
            List<String> same = distinct(concat(names(onRecord), inArticle).stream()
                    .filter(name -> role(name) && !key(name).equals(key) && oneExtends(key(name), key)).toList());
            return same.size() == 1 ? same.get(0) : speaker;
        }
        if (!key.contains(" ")) {
            List<String> fullInArticle = distinct(inArticle.stream().filter(name -> hasSurname(name, key)).toList());
            if (fullInArticle.size() == 1) {
                return byName(key(fullInArticle.get(0)), onRecord).map(Known::name).orElse(fullInArticle.get(0));
            }
            if (fullInArticle.isEmpty()) {
                List<String> fullOnRecord = distinct(onRecord.stream()
                        .filter(k -> hasSurname(k.name(), key) || k.aliases().stream().anyMatch(a -> hasSurname(a, key)))
                        .map(Known::name).toList());
                if (fullOnRecord.size() == 1) {
                    return fullOnRecord.get(0);
                }
            }
        }
        return speaker;
    }

    /** How names are compared: lowercase words without punctuation or a leading article. */
    public static String key(String name) {
        String key = KnownSpeakers.key(name == null ? "" : name);
        for (String article : List.of("the ", "a ", "an ")) {
            if (key.startsWith(article)) {
                return key.substring(article.length());
            }
        }
        return key;
    }

    private static Optional<Known> byName(String key, Collection<Known> onRecord) {
        return onRecord.stream().filter(k -> key(k.name()).equals(key)
                || k.aliases().stream().anyMatch(alias -> key(alias).equals(key))).findFirst();
    }

    /** "a spokesperson for the mayor": words without a capital after the article, naming a role, not a person. */
    private static boolean role(String name) {
        String rest = name.strip().replaceFirst("(?i)^(the|a|an)\\s+", "");
        return !rest.isEmpty() && !rest.codePoints().anyMatch(Character::isUpperCase);
    }

    private static boolean oneExtends(String a, String b) {
        return a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    private static boolean hasSurname(String name, String surname) {
        String key = key(name);
        return key.contains(" ") && key.endsWith(" " + surname);
    }

    private static List<String> names(Collection<Known> onRecord) {
        return onRecord.stream().map(Known::name).toList();
    }

    private static List<String> concat(Collection<String> first, Collection<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** One name per key, the first spelling seen. */
    private static List<String> distinct(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        names.stream().filter(Objects::nonNull).forEach(name -> byKey.putIfAbsent(key(name), name));
        return List.copyOf(byKey.values());
    }
}
