package com.claimdesk.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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

    /** One page of claims, with the claimant and assignee fetched in the same query. */
    public KeysetPage<Claim> page() {
        Conditions where = conditions(true);
        if (after != null) {
            where.add(order == Order.OLDEST ? "c.id > :after" : "c.id < :after", "after", after);
        }
        String sql = "select c from Claim c join fetch c.claimant left join fetch c.assignee" + where.clause()
                + " order by c.id " + (order == Order.OLDEST ? "asc" : "desc");
        var query = Claim.getEntityManager().createQuery(sql, Claim.class).setMaxResults(PAGE_SIZE + 1);
        where.parameters.forEach(query::setParameter);
        return KeysetPage.of(query.getResultList(), PAGE_SIZE, claim -> claim.id);
    }

    /** How many claims match each status, under every filter but the status one. */
    public Map<ClaimStatus, Long> countsByStatus() {
        Conditions where = conditions(false);
        var query = Panache.getEntityManager().createQuery(
                "select c.status, count(c) from Claim c" + where.clause() + " group by c.status", Object[].class);
        where.parameters.forEach(query::setParameter);
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : ClaimStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((ClaimStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    private Conditions conditions(boolean withStatus) {
        Conditions where = new Conditions();
        if (withStatus && status != null) {
            where.add("c.status = :status", "status", status);
        }
        if (claimantId != null) {
            where.add("c.claimant.id = :claimant", "claimant", claimantId);
        }
        if (assigneeId != null) {
            where.add("c.assignee.id = :assignee", "assignee", assigneeId);
        }
        if (tag != null) {
            where.add("array_contains(c.tags, :tag)", "tag", tag.toLowerCase(Locale.ROOT));
        }
        if (kind != null) {
            where.add("c.kind = :kind", "kind", kind);
        }
        if (madeFrom != null) {
            where.add("c.madeOn >= :madeFrom", "madeFrom", madeFrom);
        }
        if (madeTo != null) {
            where.add("c.madeOn <= :madeTo", "madeTo", madeTo);
        }
        if (text != null) {
            // Plain substring match for now; full-text search with ranking replaces it in the search feature.
            where.add("(lower(c.statement) like :text or lower(c.claimReviewed) like :text)", "text",
                    "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                            + "%");
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
