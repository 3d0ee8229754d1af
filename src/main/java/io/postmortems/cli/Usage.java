package io.postmortems.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The help text, generated from the commands' declarations so that no option can be missing from it: per command
 * a synopsis (wrapped), its summary, and one line per option with its description and default.
 */
final class Usage {
    static final String PROGRAM = "java -jar postmortems-cli.jar";
    private static final int WIDTH = 116;
    private static final String SYNOPSIS_CONTINUATION = "          ";
    private static final String DETAIL = "      ";

    private Usage() {
    }

    static String text(List<Command> commands) {
        List<String> lines = new ArrayList<>();
        lines.add("usage: " + PROGRAM + " COMMAND ...");
        for (Command command : commands) {
            lines.addAll(synopsis(command));
            lines.add(DETAIL + command.summary());
            int column = command.options().stream().mapToInt(o -> ("--" + o.name() + " " + o.argument()).length())
                    .max().orElse(0) + 2;
            for (OptionSpec option : command.options()) {
                String form = "--" + option.name() + " " + option.argument();
                lines.add(DETAIL + form + " ".repeat(column - form.length()) + option.description()
                        + (option.defaultValue() == null ? "" : " (default: " + option.defaultValue() + ")")
                        + (option.required() ? " (required)" : ""));
            }
        }
        lines.add("FILE is JSON or YAML (.json, .yaml, .yml); a DIR stands for the documents in it.");
        return String.join("\n", lines);
    }

    /** {@code  NAME OPERANDS OPTION...}, wrapped before an option that would pass the width. */
    private static List<String> synopsis(Command command) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("  ").append(command.name()).append(' ').append(command.operands());
        for (OptionSpec option : command.options()) {
            String form = option.synopsis();
            if (line.length() + 1 + form.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(SYNOPSIS_CONTINUATION).append(form);
            } else {
                line.append(' ').append(form);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
