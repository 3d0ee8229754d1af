package io.postmortems.core.io;

/**
 * Why a document could not be read: the field path (dotted, with list indexes, e.g. {@code times.started} or
 * {@code countermeasures[2].dueDate}; empty for the document as a whole) and a message fit for a user.
 */
public record InputProblem(String path, String message) {
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
