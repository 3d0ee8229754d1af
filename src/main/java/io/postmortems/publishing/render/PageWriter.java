package io.postmortems.publishing.render;

import java.io.Writer;

/**
 * The page as Velocity writes it: a {@link StringBuilder} behind a {@link Writer}, unsynchronised (one render, one
 * thread) and presized for the page, unlike {@link java.io.StringWriter}, whose every write takes a lock of its
 * {@link StringBuffer}.
 */
final class PageWriter extends Writer {
    private final StringBuilder out;

    PageWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        out.append((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        out.append(chars, off, len);
    }

    @Override
    public void write(String s) {
        out.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
        out.append(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence s) {
        out.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** What was written without leading and trailing whitespace ({@link String#strip}), copied once. */
    String stripped() {
        int start = 0;
        int end = out.length();
        while (start < end && Character.isWhitespace(out.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }
}
