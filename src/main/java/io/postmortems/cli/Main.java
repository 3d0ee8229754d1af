package io.postmortems.cli;

import io.postmortems.core.io.PostMortemCodec;
import io.postmortems.core.io.ReadResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Command line: work with post-mortem documents without Jira. */
public final class Main {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println("usage: postmortems validate FILE...");
            return args.length == 0 ? BAD_INPUT : OK;
        }
        if (!args[0].equals("validate")) {
            err.println("postmortems: unknown command '" + args[0] + "' (try --help)");
            return BAD_INPUT;
        }
        PostMortemCodec codec = new PostMortemCodec();
        int exit = OK;
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                exit = BAD_INPUT;
                continue;
            }
            ReadResult result = codec.read(file.getFileName().toString(), text);
            if (!result.isOk()) {
                result.problems().forEach(p -> err.println(file + ": " + p));
                exit = BAD_INPUT;
            } else {
                out.println(file + ": readable");
            }
        }
        return exit;
    }
}
