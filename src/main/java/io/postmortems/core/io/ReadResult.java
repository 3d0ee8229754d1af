package io.postmortems.core.io;

import io.postmortems.core.model.PostMortem;

import java.util.List;
import java.util.Optional;

/** Either a document, or the problems that kept it from being read. Never both, never neither. */
public final class ReadResult {
    private final PostMortem document;
    private final List<InputProblem> problems;

    private ReadResult(PostMortem document, List<InputProblem> problems) {
        this.document = document;
        this.problems = List.copyOf(problems);
    }

    public static ReadResult ok(PostMortem document) {
        return new ReadResult(document, List.of());
    }

    public static ReadResult failed(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed read needs at least one problem");
        }
        return new ReadResult(null, problems);
    }

    public boolean isOk() {
        return document != null;
    }

    public Optional<PostMortem> document() {
        return Optional.ofNullable(document);
    }

    /** The document; only call when {@link #isOk()}. */
    public PostMortem get() {
        if (document == null) {
            throw new IllegalStateException("not readable: " + problems);
        }
        return document;
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
