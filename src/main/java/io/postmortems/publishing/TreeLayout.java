package io.postmortems.publishing;

/** How pages are grouped under the root page. */
public enum TreeLayout {
    /** root → 2026 → page */
    YEAR,
    /** root → 2026 → 2026-03 → page */
    YEAR_MONTH,
    /** root → first service (or "Unassigned") → page */
    SERVICE
}
