package io.postmortems.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Command line: validate, render, preview and publish post-mortem documents without Jira, over the same core
 * and publishing code the Jira app uses. Exit codes: 0 clean, 1 error-level findings (or a failed publish),
 * 2 unreadable input or a wrong command line. Never prints a stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;
    /** An internal error (a bug): reported in one line, never as a stack trace. */
    static final int INTERNAL = 3;

    static final String USAGE = String.join("\n",
            "usage: java -jar postmortems-cli.jar COMMAND ...",
            "  validate FILE|DIR...                 review each post-mortem; exit 0 clean, 1 errors, 2 unreadable",
            "  render FILE [--zone ZONE] [--locale TAG]",
            "                                       the Confluence storage-format page on standard output",
            "  preview FILE|DIR... --out DIR [--zone ZONE] [--locale TAG]",
            "                                       an HTML preview of each page plus index.html",
            "  publish FILE|DIR... --confluence URL --space KEY [--root TITLE] [--layout year|year-month|service]",
            "          [--zone ZONE] [--locale TAG] [--state FILE]",
            "                                       publish to Confluence; token from POSTMORTEM_CONFLUENCE_TOKEN",
            "FILE is JSON or YAML (.json, .yaml, .yml); a DIR stands for the documents in it.",
            "--locale TAG is the language of the page's headings and labels (BCP 47: en, de); default en.");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length == 0) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (command) {
                case "validate" -> new Commands(out, err, env).validate(rest);
                case "render" -> new Commands(out, err, env).render(rest);
                case "preview" -> new Commands(out, err, env).preview(rest);
                case "publish" -> new Commands(out, err, env).publish(rest);
                case "--help", "-h", "help" -> {
                    out.println(USAGE);
                    yield OK;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("postmortems: " + e.getMessage() + " (try --help)");
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
