package io.postmortems.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words after the command, parsed against the command's declared {@link OptionSpec}s: positional file names
 * and {@code --option value} pairs. Undeclared options, options without a value or given twice, and missing
 * required options are usage errors naming the option.
 */
final class Arguments {
    private final List<String> positional;
    private final Map<String, String> values;
    private final Map<String, OptionSpec> declared;

    private Arguments(List<String> positional, Map<String, String> values, Map<String, OptionSpec> declared) {
        this.positional = List.copyOf(positional);
        this.values = Map.copyOf(values);
        this.declared = declared;
    }

    static Arguments parse(String command, List<String> words, List<OptionSpec> options) throws UsageException {
        Map<String, OptionSpec> declared = new LinkedHashMap<>();
        for (OptionSpec option : options) {
            declared.put(option.name(), option);
        }
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                positional.addAll(words.subList(i + 1, words.size()));
                break;
            }
            if (word.startsWith("--")) {
                String name = word.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!declared.containsKey(name)) {
                    throw new UsageException("unknown option --" + name + " for " + command + optionList(declared));
                }
                if (value == null) {
                    if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                if (values.put(name, value) != null) {
                    throw new UsageException("--" + name + " is given twice");
                }
            } else {
                positional.add(word);
            }
        }
        for (OptionSpec option : options) {
            if (option.required() && !values.containsKey(option.name())) {
                throw new UsageException("--" + option.name() + " is required");
            }
        }
        return new Arguments(positional, values, declared);
    }

    private static String optionList(Map<String, OptionSpec> declared) {
        return declared.isEmpty() ? ", which takes no options"
                : " (its options: " + declared.keySet().stream().map(n -> "--" + n).collect(Collectors.joining(", "))
                + ")";
    }

    List<String> positional() {
        return positional;
    }

    /** The given value, else the declared default, else empty. Asking for an undeclared option is a bug. */
    Optional<String> option(OptionSpec option) {
        if (declared.get(option.name()) != option) {
            throw new IllegalArgumentException("--" + option.name() + " is not declared by this command");
        }
        return Optional.ofNullable(values.getOrDefault(option.name(), option.defaultValue()));
    }

    /** Whether the option was given on the command line (not only its default). */
    boolean given(OptionSpec option) {
        option(option); // an undeclared option is a bug here too
        return values.containsKey(option.name());
    }

    /** The value of a {@link OptionSpec#required() required} option, checked present by {@link #parse}. */
    String required(OptionSpec option) {
        if (!option.required()) {
            throw new IllegalArgumentException("--" + option.name() + " is not a required option");
        }
        return option(option).orElseThrow();
    }
}
