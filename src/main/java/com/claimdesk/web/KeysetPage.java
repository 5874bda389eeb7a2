package com.claimdesk.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list walked by key: the rows and the key to continue after (null on the last page). Queries
 * ask for one row more than a page to learn whether another page follows.
 */
public record KeysetPage<T>(List<T> rows, Long next) {

    public static <T> KeysetPage<T> of(List<T> fetched, int pageSize, Function<T, Long> key) {
        if (fetched.size() <= pageSize) {
            return new KeysetPage<>(fetched, null);
        }
        List<T> rows = fetched.subList(0, pageSize);
        return new KeysetPage<>(rows, key.apply(rows.get(pageSize - 1)));
    }
}
