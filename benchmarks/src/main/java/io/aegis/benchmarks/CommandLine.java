package io.aegis.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A benchmark's {@code --name value} options. */
final class CommandLine {

    private CommandLine() {
    }

    /** @throws IllegalArgumentException for an unknown option or one without its value: a typo must not run */
    static Map<String, String> parse(String[] args, Set<String> names) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!names.contains(args[i]) || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: " + String.join(" <value> ", names.stream().sorted()
                        .toList()) + " <value>; '" + args[i] + "' is unknown or lacks its value");
            }
            given.put(args[i], args[i + 1]);
        }
        return given;
    }
}
