package io.postmortems.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Command line: validate, render, preview, publish, import and report on post-mortem documents without Jira, over
 * the same core and publishing code the Jira app uses. Exit codes: 0 clean, 1 error-level findings (or a failed
 * publish), 2 unreadable input or a wrong command line. Never prints a stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;
    /** An internal error (a bug): reported in one line, never as a stack trace. */
    static final int INTERNAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** The commands, in the order the help text lists them. */
    static List<Command> commands(CliContext cli) {
        PageOptions page = new PageOptions(cli.err);
        return List.of(new ValidateCommand(cli), new RenderCommand(cli, page), new PreviewCommand(cli, page),
                new PublishCommand(cli, page), new ImportCommand(cli), new ReportCommand(cli, page));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        List<Command> commands = commands(new CliContext(out, err, env));
        if (args.length == 0) {
            err.println(Usage.text(commands));
            return BAD_INPUT;
        }
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            if (List.of("--help", "-h", "help").contains(name)) {
                out.println(Usage.text(commands));
                return OK;
            }
            Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new UsageException("unknown command '" + name + "'"));
            return command.run(Arguments.parse(command.name(), rest, command.options()));
        } catch (UsageException e) {
            e.lines().forEach(line -> err.println("postmortems: " + line + (e.pointsToHelp() ? " (try --help)" : "")));
            return BAD_INPUT;
        } catch (RuntimeException | StackOverflowError e) { // NOPMD: the last line of defence, never a stack trace
            // A bug or an input no check foresaw: one line naming the cause, never a stack trace.
            err.println("postmortems: stopped by an internal error (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + "); please report it");
            return INTERNAL;
        }
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
