package com.estatecare.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A page of a keyset-paginated list: {@code {"items": [...], "next": cursor-or-null}}.
 * The cursor is opaque to clients; it carries the id of the last item.
 */
public record CursorPage<T>(List<T> items, String next) {

    /** Builds a page from up to {@code limit + 1} rows, read in descending id order. */
    public static <T> CursorPage<T> of(List<T> rows, int limit, ToLongFunction<T> id) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new CursorPage<>(List.copyOf(page), encode(id.applyAsLong(page.get(limit - 1))));
    }

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), next);
    }

    public static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id after which the next page starts, or {@link Long#MAX_VALUE} for the first page. */
    public static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("v1:")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(3));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("cursor", "malformed");
        }
    }

    /** Page size from a query parameter: default 50, at most 200. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return 50;
        }
        if (requested < 1 || requested > 200) {
            throw DomainException.invalidField("limit", "range", 1, 200);
        }
        return requested;
    }
}
