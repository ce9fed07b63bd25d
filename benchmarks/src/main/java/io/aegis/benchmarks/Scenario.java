package io.aegis.benchmarks;

/** One request the benchmark repeats: a name for the table and the path under {@code /api/v1}. */
record Scenario(String name, String path) {
}
