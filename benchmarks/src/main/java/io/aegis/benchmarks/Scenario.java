package io.aegis.benchmarks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the benchmark repeats and times as one: a name for the table, the requests (API paths under {@code /api/v1},
 * or one page of the web interface, which the same credential opens as its session cookie), and whether an analyst of
 * one unit sends them (their scope filters every list) rather than the administrator, who sees every unit.
 */
record Scenario(String name, List<String> paths, boolean page, boolean inOneUnit) {

    Scenario(String name, String path) {
        this(name, List.of(path), false, false);
    }

    Scenario(String name, String path, boolean inOneUnit) {
        this(name, List.of(path), false, inOneUnit);
    }

    /** A page of the web interface, as a browser loads its HTML. */
    static Scenario page(String name, String path) {
        return new Scenario(name, List.of(path), true, false);
    }

    /** The API requests that fetch what a page shows, one after the other, timed together. */
    static Scenario apiCalls(String name, List<String> paths) {
        return new Scenario(name, paths, false, false);
    }

    /** How the report names the requests. */
    String requests() {
        return paths.stream().map(path -> "GET " + (page ? path : "/api/v1" + path))
                .collect(Collectors.joining(" + "));
    }
}
