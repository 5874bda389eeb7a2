package com.claimdesk.quotes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A claim's stored quote checks with their variants on record, as its page shows them: two queries, no alignment. */
public record StoredChecks(List<Item> items) {

    /** One stored check and the same quote's appearances in articles on record, by date. */
    public record Item(QuoteCheck check, List<QuoteVariant> variants) {
        public String mediaLink() {
            return check.timeStart == null || check.source.mediaUrl == null ? null
                    : CheckResult.mediaAt(check.source.mediaUrl, check.timeStart);
        }

        public String time() {
            return check.timeStart == null ? null : CheckResult.clock(check.timeStart);
        }
    }

    public static StoredChecks forClaim(long claimId) {
        Map<Long, List<QuoteVariant>> variants = QuoteVariant.forClaim(claimId).stream()
                .collect(Collectors.groupingBy(v -> v.check.id));
        return new StoredChecks(QuoteCheck.forClaim(claimId).stream()
                .map(c -> new Item(c, variants.getOrDefault(c.id, List.of()))).toList());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
