package io.postmortems.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the CLI in process, as a terminal would (no environment), for tests outside this package (journeys). */
public final class CliRun {
    /** What one run printed and its exit code. */
    public record Result(int exit, String out, String err) {
    }

    private CliRun() {
    }

    public static Result run(String... args) {
        return run(Map.of(), args);
    }

    /** With these environment variables (e.g. the Confluence token for publish). */
    public static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
