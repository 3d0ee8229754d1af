package io.postmortems.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Null-safe list handling for setters: JSON {@code null} and a missing list both mean "empty", and {@code null}
 * entries (which carry nothing) are left out, so no consumer has to check list elements for null.
 */
final class Lists {
    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        List<T> copy = new ArrayList<>();
        if (list != null) {
            for (T item : list) {
                if (item != null) {
                    copy.add(item);
                }
            }
        }
        return copy;
    }
}
