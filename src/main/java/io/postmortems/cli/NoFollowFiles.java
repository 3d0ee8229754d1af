package io.postmortems.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes files without ever following a symbolic link: a link planted where the CLI writes (a page in {@code --out},
 * the state file's temporary file) would otherwise redirect the write to any file the user can change. The open
 * itself refuses links ({@link LinkOption#NOFOLLOW_LINKS}, O_NOFOLLOW), so there is no check-then-use gap.
 */
final class NoFollowFiles {
    private NoFollowFiles() {
    }

    /** Creates or replaces a regular file; fails (IOException) when the path is a symbolic link. */
    static void write(Path target, String text) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " is a symbolic link; not following it");
        }
        try (OutputStream out = Files.newOutputStream(target, LinkOption.NOFOLLOW_LINKS, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Creates a new file that must not exist yet (a leftover or planted entry is removed first, never followed). */
    static void writeNew(Path target, String text) throws IOException {
        Files.deleteIfExists(target); // deletes a link itself, not what it points to
        try (OutputStream out = Files.newOutputStream(target, LinkOption.NOFOLLOW_LINKS,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
