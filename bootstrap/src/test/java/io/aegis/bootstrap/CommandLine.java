package io.aegis.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Aegis's command line run in this JVM, with what it printed kept for the test to read. */
final class CommandLine {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code aegis args...} with {@code env} as its environment; returns its exit status. */
    int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** What the last run printed on standard output. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last run printed on standard error. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
