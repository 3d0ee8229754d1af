package io.postmortems.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postmortems.core.model.PublishedPage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each document's page lives, kept beside the documents in a small JSON state file so that a re-publish
 * from the terminal updates the same page — without rewriting the user's own files. {@link #put} only remembers;
 * {@link #save} writes the file once, at the end of a run, atomically (a temporary file beside it, then a move),
 * never through a symbolic link.
 */
final class PublishedPagesFile {
    private final Path file;
    private final ObjectMapper mapper;
    private final Map<String, PublishedPage> pages;
    private boolean changed;

    private PublishedPagesFile(Path file, ObjectMapper mapper, Map<String, PublishedPage> pages) {
        this.file = file;
        this.mapper = mapper;
        this.pages = pages;
    }

    static PublishedPagesFile load(Path file, ObjectMapper mapper) throws UsageException {
        if (!Files.exists(file)) {
            return new PublishedPagesFile(file, mapper, new TreeMap<>());
        }
        try {
            Map<String, PublishedPage> pages = mapper.readValue(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeReference<TreeMap<String, PublishedPage>>() { });
            return new PublishedPagesFile(file, mapper, pages == null ? new TreeMap<>() : pages);
        } catch (JsonProcessingException e) {
            throw new UsageException(file + ": the publish state file is damaged; move it away to start afresh");
        } catch (IOException e) {
            throw new UsageException(file + ": the publish state file cannot be read");
        }
    }

    Path path() {
        return file;
    }

    PublishedPage get(String documentKey) {
        return pages.get(documentKey);
    }

    void put(String documentKey, PublishedPage page) {
        pages.put(documentKey, page);
        changed = true;
    }

    /** Writes what {@link #put} remembered since the last save; nothing when nothing changed. */
    void save() throws IOException {
        if (!changed) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        NoFollowFiles.writeNew(tmp, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(pages));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        changed = false;
    }
}
