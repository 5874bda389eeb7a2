package com.claimdesk.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.claimdesk.web.KeysetPage;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.TemplateExtension;

/**
 * The claims list: filters, a sort and a keyset cursor. Paging by key ("after this id") instead of by offset
 * keeps every page as fast as the first, however many claims there are.
 */
public record ClaimFilter(
        ClaimStatus status,
        Long claimantId,
        Long assigneeId,
        String tag,
        ClaimKind kind,
        LocalDate madeFrom,
        LocalDate madeTo,
        String text,
        Order order,
        Long after) {

    public static final int PAGE_SIZE = 50;

    public enum Order {
        NEWEST("Newest first"),
        OLDEST("Oldest first");

        public final String label;

        Order(String label) {
            this.label = label;
        }

        @TemplateExtension(namespace = "claimOrders")
        public static List<Order> all() {
            return List.of(values());
        }
    }

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null, null, null, null, null, Order.NEWEST, null);
    }

    public ClaimFilter withAfter(Long cursor) {
        return new ClaimFilter(status, claimantId, assigneeId, tag, kind, madeFrom, madeTo, text, order, cursor);
    }

    public ClaimFilter withStatus(ClaimStatus newStatus) {
        return new ClaimFilter(newStatus, claimantId, assigneeId, tag, kind, madeFrom, madeTo, text, order, null);
    }

    /**
     * One page of claims, with the claimant and assignee fetched: the page's ids first, in SQL (the words
     * filter is the full-text index), then those claims.
     */
    public KeysetPage<Claim> page() {
        Conditions where = keyset();
        // No result class: Hibernate 7.2 never finds the plan of a native query given a basic result type
        // (Long.class) in its plan cache again, and each run filled the cache with another (PlanCacheTest).
        var ids = Panache.getEntityManager().createNativeQuery(
                "select c.id from claim c" + where.clause() + " order by c.id " + direction())
                .setMaxResults(PAGE_SIZE + 1);
        where.parameters.forEach(ids::setParameter);
        List<Long> page = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        List<Claim> claims = page.isEmpty() ? List.of() : Claim.getEntityManager().createQuery(
                "select c from Claim c join fetch c.claimant left join fetch c.assignee where c.id in :ids"
                        + " order by c.id " + direction(), Claim.class)
                .setParameter("ids", page)
                .getResultList();
        return KeysetPage.of(claims, PAGE_SIZE, claim -> claim.id);
    }

    /** The same page as the lines the claims list shows, in one statement. */
    public KeysetPage<ClaimRow> rows() {
        Conditions where = keyset();
        // Unfiltered, the page size is written in: bound, it left PostgreSQL planning the page anew each time.
        // Filtered, it stays bound, so that each filter's values are planned for: a plan kept for a common word
        // or tag would read the whole table for a rare one.
        boolean unfiltered = unfiltered();
        var query = Panache.getEntityManager().createNativeQuery("select " + ClaimRow.COLUMNS
                + " from claim c join claimant cl on cl.id = c.claimant_id left join app_user a on a.id = c.assignee_id"
                + where.clause() + " order by c.id " + direction() + (unfiltered ? " limit " + (PAGE_SIZE + 1) : ""));
        if (!unfiltered) {
            query.setMaxResults(PAGE_SIZE + 1);
        }
        where.parameters.forEach(query::setParameter);
        List<ClaimRow> rows = ((List<?>) query.getResultList()).stream().map(row -> ClaimRow.of((Object[]) row))
                .toList();
        return KeysetPage.of(rows, PAGE_SIZE, ClaimRow::id);
    }

    private Conditions keyset() {
        Conditions where = conditions(true);
        if (after != null) {
            where.add(order == Order.OLDEST ? "c.id > :after" : "c.id < :after", "after", after);
        }
        return where;
    }

    private String direction() {
        return order == Order.OLDEST ? "asc" : "desc";
    }

    /** How many claims match each status, under every filter but the status one. */
    public Map<ClaimStatus, Long> countsByStatus() {
        Conditions where = conditions(false);
        var query = Panache.getEntityManager().createNativeQuery(
                "select c.status, count(*) from claim c" + where.clause() + " group by c.status");
        where.parameters.forEach(query::setParameter);
        return ClaimStatus.counted(query.getResultList());
    }

    /** Whether only the status (or nothing) is chosen: the counts kept per status then answer exactly. */
    public boolean unfiltered() {
        return claimantId == null && assigneeId == null && tag == null && kind == null && madeFrom == null
                && madeTo == null && text == null;
    }

    private Conditions conditions(boolean withStatus) {
        Conditions where = new Conditions();
        if (withStatus && status != null) {
            where.add("c.status = :status", "status", status.name());
        }
        if (claimantId != null) {
            where.add("c.claimant_id = :claimant", "claimant", claimantId);
        }
        if (assigneeId != null) {
            where.add("c.assignee_id = :assignee", "assignee", assigneeId);
        }
        if (tag != null) {
            where.add("c.tags @> array[cast(:tag as varchar(50))]", "tag", tag.toLowerCase(Locale.ROOT));
        }
        if (kind != null) {
            where.add("c.kind = :kind", "kind", kind.name());
        }
        if (madeFrom != null) {
            where.add("c.made_on >= :madeFrom", "madeFrom", madeFrom);
        }
        if (madeTo != null) {
            where.add("c.made_on <= :madeTo", "madeTo", madeTo);
        }
        if (text != null) {
            // The search's own full-text index: stems ("amassing" finds "amassed"), accents, "phrases", -words.
            where.add("c.search_vector @@ websearch_to_tsquery('english', f_unaccent(:text))", "text", text);
        }
        return where;
    }

    private static final class Conditions {
        final List<String> clauses = new ArrayList<>();
        final Map<String, Object> parameters = new HashMap<>();

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            parameters.put(name, value);
        }

        String clause() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }
    }
}
