package io.postmortems.core.model;

import java.util.ArrayList;
import java.util.List;

/** Null-safe list handling for setters: JSON {@code null} and a missing list both mean "empty". */
final class Lists {
    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }
}
