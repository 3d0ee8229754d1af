package io.postmortems.cli;

import java.util.List;

/**
 * One CLI command: its name, operands and options as declared for parsing and help, and what it does. {@link #run}
 * returns the exit code; a wrong command line is thrown as {@link UsageException}.
 */
interface Command {
    String name();

    /** The positional words, as the synopsis shows them (e.g. {@code FILE|DIR...}). */
    String operands();

    /** One line: what the command does. */
    String summary();

    List<OptionSpec> options();

    int run(Arguments args) throws UsageException;
}
