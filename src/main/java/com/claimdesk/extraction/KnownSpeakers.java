package com.claimdesk.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Claimants already known to the application, by alias. An alias maps to the canonical name that
 * extracted statements should carry.
 */
public interface KnownSpeakers {

    /** No known claimants. */
    KnownSpeakers NONE = alias -> Optional.empty();

    /** The canonical name for an alias (a full name, a surname, a title...), if known. */
    Optional<String> canonicalName(String alias);

    /**
     * Builds a lookup from alias to canonical name; matching ignores case and punctuation.
     * Each canonical name is also an alias of itself.
     */
    static KnownSpeakers of(Map<String, String> aliasToCanonical) {
        Map<String, String> byKey = new HashMap<>();
        aliasToCanonical.forEach((alias, canonical) -> {
            byKey.put(key(alias), canonical);
            byKey.putIfAbsent(key(canonical), canonical);
        });
        return alias -> Optional.ofNullable(byKey.get(key(alias)));
    }

    /** Lowercase letters and digits with single spaces: how aliases are compared. */
    static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (c != '\'' && c != '\u2019' && c != '.') {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
