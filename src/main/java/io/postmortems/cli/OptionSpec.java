package io.postmortems.cli;

import java.util.Objects;

/**
 * One {@code --name ARGUMENT} option of a command: declared once, it drives both parsing ({@link Arguments}) and
 * the help text ({@link Usage}). Every option takes a value; {@code defaultValue} is what the command sees when the
 * option is not given (null: absent).
 */
record OptionSpec(String name, String argument, String description, String defaultValue, boolean required) {

    OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(description, "description");
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("--" + name + " is required and cannot have a default");
        }
    }

    static OptionSpec optional(String name, String argument, String description) {
        return new OptionSpec(name, argument, description, null, false);
    }

    static OptionSpec withDefault(String name, String argument, String description, String defaultValue) {
        return new OptionSpec(name, argument, description, Objects.requireNonNull(defaultValue), false);
    }

    static OptionSpec required(String name, String argument, String description) {
        return new OptionSpec(name, argument, description, null, true);
    }

    /** {@code --name ARGUMENT}, bracketed when optional: the form the synopsis shows. */
    String synopsis() {
        String form = "--" + name + " " + argument;
        return required ? form : "[" + form + "]";
    }
}
