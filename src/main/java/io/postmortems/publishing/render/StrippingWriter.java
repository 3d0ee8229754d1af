package io.postmortems.publishing.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes text on in chunks of up to 8 K characters, stripped as {@link String#strip} would strip the whole: leading
 * whitespace is dropped, whitespace is held back until more text follows it, and what is held at {@link #finish}
 * is dropped. Lets a page be written as it is made, byte for byte what {@link RenderedPage#storageBody()} holds,
 * without the whole page in memory.
 */
final class StrippingWriter extends Writer {
    private final Writer out;
    private final char[] buffer = new char[8_192];
    private final StringBuilder heldSpace = new StringBuilder();
    private int used;
    private boolean started;

    StrippingWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(s.charAt(i));
        }
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    private void put(char c) throws IOException {
        if (Character.isWhitespace(c)) {
            if (started) {
                heldSpace.append(c);
            }
            return;
        }
        started = true;
        for (int k = 0; k < heldSpace.length(); k++) {
            buffered(heldSpace.charAt(k));
        }
        heldSpace.setLength(0);
        buffered(c);
    }

    private void buffered(char c) throws IOException {
        if (used == buffer.length) {
            out.write(buffer, 0, used);
            used = 0;
        }
        buffer[used++] = c;
    }

    /** Writes what is buffered, drops trailing whitespace, and flushes {@code out}. */
    void finish() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
        heldSpace.setLength(0);
        out.flush();
    }

    @Override
    public void flush() {
        // only finish() flushes: until then trailing whitespace may still have to be dropped
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
