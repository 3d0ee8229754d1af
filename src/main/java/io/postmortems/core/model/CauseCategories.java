package io.postmortems.core.model;

import java.util.List;

/**
 * The cause categories a fresh install offers (the administrator keeps the list; a post-mortem's
 * {@code causeCategory} is one of its entries, as written).
 */
public final class CauseCategories {
    public static final List<String> DEFAULTS = List.of("change", "capacity", "dependency", "configuration",
            "code defect", "hardware", "process", "external", "unknown");
    /** Longest category the administrator may enter. */
    public static final int MAX_LENGTH = 60;
    /** Most categories in the list. */
    public static final int MAX_COUNT = 50;

    private CauseCategories() {
    }
}
