package io.postmortems.cli;

import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class UsageTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), Map.of());
    }

    /** The help text's entry of one command: from its synopsis line to the next command's. */
    static String entry(String help, String command) {
        int start = help.indexOf("\n  " + command + " ");
        assertTrue("no entry for " + command + " in:\n" + help, start >= 0);
        int next = help.substring(start + 1).replaceAll("\n  (?=[a-z])", "\n\u0000").indexOf('\u0000');
        return next < 0 ? help.substring(start + 1) : help.substring(start + 1, start + 1 + next);
    }

    private static List<Command> commands() {
        return Main.commands(new CliContext(System.out, System.err, Map.of()));
    }

    @Test
    public void usage_shouldNameEveryDeclaredOptionOfEveryCommand() {
        assertEquals(0, run("--help"));
        String help = outBytes.toString(StandardCharsets.UTF_8);
        int options = 0;
        for (Command command : commands()) {
            String entry = entry(help, command.name());
            assertTrue(entry, entry.startsWith("  " + command.name() + " " + command.operands()));
            assertTrue(entry, entry.contains(command.summary()));
            for (OptionSpec option : command.options()) {
                options++;
                assertTrue(command.name() + " synopsis lacks " + option.synopsis() + ":\n" + entry,
                        entry.contains(option.synopsis()));
                assertTrue(command.name() + " lacks the description of --" + option.name() + ":\n" + entry,
                        entry.contains("--" + option.name() + " " + option.argument()) && entry.contains(option.description()));
                if (option.defaultValue() != null) {
                    assertTrue(entry, entry.contains("(default: " + option.defaultValue() + ")"));
                }
            }
        }
        assertEquals("validate 1, render 5, preview 6, publish 11, import 1, report 4", 28, options);
    }

    @Test
    public void usage_shouldNameTheOptionsTheHandWrittenTextLeftOut() {
        assertEquals(0, run("--help"));
        String help = outBytes.toString(StandardCharsets.UTF_8);
        assertTrue(help, entry(help, "render").contains("[--jira URL]"));
        assertTrue(help, entry(help, "preview").contains("[--css FILE]"));
        assertTrue(help, entry(help, "publish").contains("[--jira-server-id ID]"));
        assertTrue(help, entry(help, "publish").contains("[--allow-errors true|false]"));
        for (String command : List.of("validate", "render", "preview", "publish")) {
            assertTrue(command + " takes the organisation's review settings:\n" + help,
                    entry(help, command).contains("[--settings FILE]"));
        }
    }

    @Test
    public void parse_shouldRejectAnUndeclaredOptionInOneLineWithoutAStackTrace() {
        assertEquals(2, run("import", "--zone", "UTC", "examples/import/sre-book-style.md"));
        String err = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals("postmortems: unknown option --zone for import (its options: --out) (try --help)\n", err);

        errBytes.reset();
        assertEquals(2, run("validate", "--zone", "UTC", "examples"));
        err = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals("postmortems: unknown option --zone for validate (its options: --settings) (try --help)\n", err);

        errBytes.reset();
        assertEquals(2, run("render", "examples/sev1-payment-gateway-outage.json", "--css", "a.css"));
        err = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals("postmortems: unknown option --css for render (its options: --zone, --jira, --locale, --settings,"
                + " --external)"
                + " (try --help)\n", err);
        assertFalse(err, err.contains("Exception") || err.contains("\tat "));
    }

    @Test
    public void parse_shouldApplyDeclaredDefaultsAndRequireRequiredOptions() throws Exception {
        Arguments args = Arguments.parse("publish", List.of("a.json", "--confluence=https://w", "--space", "OPS"),
                new PublishCommand(new CliContext(System.out, System.err, Map.of()), null).options());
        assertEquals(List.of("a.json"), args.positional());
        assertEquals("https://w", args.required(PublishCommand.CONFLUENCE));
        assertEquals("year", args.option(PublishCommand.LAYOUT).orElseThrow());
        assertFalse(args.option(PublishCommand.ROOT).isPresent());
        try {
            Arguments.parse("publish", List.of("--space", "OPS"), List.of(PublishCommand.CONFLUENCE, PublishCommand.SPACE));
            fail("a missing required option is a usage error");
        } catch (UsageException e) {
            assertEquals("--confluence is required", e.getMessage());
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void option_shouldRefuseToAnswerForAnOptionTheCommandDidNotDeclare() throws Exception {
        Arguments.parse("render", List.of(), List.of(PageOptions.ZONE)).option(PublishCommand.ROOT);
    }
}
