package io.postmortems.core.review;

import io.postmortems.core.model.PostMortem;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Test documents and helpers. */
final class Docs {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final ReviewConfig CONFIG = ReviewConfig.defaults().toBuilder().clock(CLOCK).build();

    private Docs() {
    }

    static OffsetDateTime at(String s) {
        return OffsetDateTime.parse(s);
    }

    static ReviewReport review(PostMortem d) {
        return new PostMortemReviewer(CONFIG).review(d);
    }

    static List<String> codes(ReviewReport r) {
        return r.findings().stream().map(Finding::code).collect(Collectors.toList());
    }

    static List<Finding> withCode(ReviewReport r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).collect(Collectors.toList());
    }
}
