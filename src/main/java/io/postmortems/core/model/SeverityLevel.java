package io.postmortems.core.model;

import java.util.List;

/**
 * One configurable severity level. {@code id} is what documents store (e.g. "SEV1"); the scheme's order is the
 * order of seriousness, most serious first.
 */
public record SeverityLevel(String id, String name, String description) {
    /** The default scheme, SEV1 (most serious) to SEV4. */
    public static List<SeverityLevel> defaults() {
        return List.of(
                new SeverityLevel("SEV1", "Critical", "Complete outage or data loss for many customers"),
                new SeverityLevel("SEV2", "Major", "A core feature is unavailable or badly degraded for many customers"),
                new SeverityLevel("SEV3", "Minor", "Partial degradation with a workaround, or few customers affected"),
                new SeverityLevel("SEV4", "Low", "Little or no customer impact; a near miss worth learning from"));
    }
}
