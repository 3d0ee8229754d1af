package io.postmortems.core.review;

/**
 * Where in a field's text a finding points: the sentence it sits in and the [start, end) character offsets of
 * the flagged words within the field's whole text.
 */
public record TextSpan(String sentence, int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
