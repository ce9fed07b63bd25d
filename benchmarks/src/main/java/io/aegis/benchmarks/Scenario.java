package io.aegis.benchmarks;

/**
 * One request the benchmark repeats: a name for the table, the path under {@code /api/v1}, and whether an analyst of
 * one unit sends it (their scope filters every list) rather than the administrator, who sees every unit.
 */
record Scenario(String name, String path, boolean inOneUnit) {

    Scenario(String name, String path) {
        this(name, path, false);
    }
}
