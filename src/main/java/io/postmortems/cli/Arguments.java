package io.postmortems.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after the command: positional file names and {@code --option value} pairs. Unknown options and
 * options without a value are usage errors, reported with the option's name.
 */
final class Arguments {
    private final List<String> positional;
    private final Map<String, String> options;

    private Arguments(List<String> positional, Map<String, String> options) {
        this.positional = List.copyOf(positional);
        this.options = Map.copyOf(options);
    }

    static Arguments parse(List<String> words, Set<String> allowedOptions) throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
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
                if (!allowedOptions.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (value == null) {
                    if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                if (options.put(name, value) != null) {
                    throw new UsageException("--" + name + " is given twice");
                }
            } else {
                positional.add(word);
            }
        }
        return new Arguments(positional, options);
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) throws UsageException {
        return option(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }
}
