package io.postmortems.cli;

import io.postmortems.core.io.InputProblem;
import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds and reads post-mortem files; every failure becomes an {@link InputProblem}, never an exception. */
final class DocumentFiles {
    private final PostMortemCodec codec;

    DocumentFiles(PostMortemCodec codec) {
        this.codec = codec;
    }

    static boolean isDocumentName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Files as given; a directory stands for the documents directly inside it, in name order. */
    static List<Path> expand(List<String> names) throws UsageException {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(Files::isRegularFile).filter(DocumentFiles::isDocumentName).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException(name + ": the folder cannot be listed");
                }
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no post-mortem files given (expected .json, .yaml or .yml)");
        }
        return files;
    }

    ReadResult read(Path file) {
        Text read = readText(file);
        return read.problem() != null ? problem(read.problem())
                : codec.read(file.getFileName().toString(), read.text());
    }

    /** A file's UTF-8 text (without a byte order mark), or why it cannot be read: one phrase naming the cause. */
    record Text(String text, String problem) {
    }

    static Text readText(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return new Text(null, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > PostMortemCodec.MAX_DOCUMENT_CHARS) {
                return new Text(null, "is larger than " + PostMortemCodec.MAX_DOCUMENT_CHARS / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Text(null, "no such file");
        } catch (AccessDeniedException e) {
            return new Text(null, "permission denied");
        } catch (IOException e) {
            return new Text(null, "cannot be read");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Text(null, "is not UTF-8 text");
        }
        return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    private static ReadResult problem(String message) {
        return ReadResult.failed(List.of(new InputProblem("", message)));
    }
}
