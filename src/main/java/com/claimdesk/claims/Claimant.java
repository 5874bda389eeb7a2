package com.claimdesk.claims;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import com.claimdesk.database.KeyLock;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A person or organisation that makes claims; "Stoltenberg" and "NATO Secretary-General" are aliases. */
@Entity
public class Claimant extends PanacheEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ClaimantType type;

    /** Title or role, e.g. "NATO Secretary-General". */
    @Column(length = 200)
    public String title;

    @Column(length = 200)
    public String affiliation;

    /** Loaded for a whole list page at once (a page holds at most 51 claimants), not 16 at a time. */
    @ElementCollection
    @BatchSize(size = 64)
    @CollectionTable(name = "claimant_alias", joinColumns = @JoinColumn(name = "claimant_id"))
    @Column(name = "alias", nullable = false, length = 200)
    public Set<String> aliases = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Claimant create(String name, ClaimantType type) {
        Claimant claimant = new Claimant();
        claimant.name = name.strip();
        claimant.type = type;
        claimant.createdAt = Instant.now();
        claimant.persist();
        return claimant;
    }

    /** The claimant called {@code name}, by its name or one of its aliases, ignoring case. */
    public static Optional<Claimant> findByNameOrAlias(String name) {
        String lower = nameKey(name);
        return find("""
                select c from Claimant c where lower(c.name) = ?1
                   or exists (select 1 from Claimant a join a.aliases alias where a = c and lower(alias) = ?1)
                order by c.id""", lower).firstResultOptional();
    }

    /**
     * Claimants a speaker's words may name, for {@code extraction.ClaimantMatch} to choose from: called that (also
     * with or without a leading "the"), or whose name or alias ends in the words' last word (a surname), or a role
     * the words make more precise or that makes them more precise ("spokesperson", "spokesperson for the mayor").
     * At most 50, with their aliases.
     *
     * @param key the words as ClaimantMatch compares them: lowercase, no punctuation, no leading article
     */
    public static List<Claimant> possiblyNamed(String name, String key) {
        String surname = key.substring(key.lastIndexOf(' ') + 1);
        List<Long> ids = getEntityManager().createQuery("""
                select distinct p.id from Claimant p left join p.aliases alias
                where lower(p.name) in (?1, ?2, ?3) or lower(alias) in (?1, ?2, ?3)
                   or lower(p.name) like ?4 escape '!' or lower(alias) like ?4 escape '!'
                   or lower(p.name) like ?5 escape '!'
                   or substring(?2, 1, length(p.name) + 1) = concat(lower(p.name), ' ')""", Long.class)
                .setParameter(1, nameKey(name)).setParameter(2, key).setParameter(3, "the " + key)
                .setParameter(4, "% " + likeEscaped(surname)).setParameter(5, likeEscaped(key) + " %")
                .setMaxResults(50).getResultList();
        return ids.isEmpty() ? List.of()
                : find("select distinct c from Claimant c left join fetch c.aliases where c.id in ?1 order by c.id",
                        ids).list();
    }

    private static String likeEscaped(String words) {
        return words.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * As {@link #findByNameOrAlias}, locking the name until the transaction ends, so that no one else creates a
     * claimant of that name between this check and the insert that follows (names are unique, V012).
     */
    public static Optional<Claimant> findByNameOrAliasLocked(String name) {
        KeyLock.hold("claimant.name", nameKey(name));
        return findByNameOrAlias(name);
    }

    /** Another claimant already called {@code name} (not by alias), ignoring case; locks the name as above. */
    public Optional<Claimant> otherNamed(String name) {
        KeyLock.hold("claimant.name", nameKey(name));
        return find("lower(name) = ?1 and id <> ?2 order by id", nameKey(name), id == null ? -1L : id)
                .firstResultOptional();
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The claimant with its aliases, so a page can render after the transaction has ended (see Claim's). */
    public static Optional<Claimant> findForPage(long id) {
        return find("select c from Claimant c left join fetch c.aliases where c.id = ?1", id)
                .singleResultOptional();
    }

    /** The values the audit log keeps before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("type", type.name());
        state.put("title", title);
        state.put("affiliation", affiliation);
        state.put("aliases", aliases.stream().sorted().toList());
        return state;
    }

    public String aliasesText() {
        return String.join(", ", aliases);
    }
}
