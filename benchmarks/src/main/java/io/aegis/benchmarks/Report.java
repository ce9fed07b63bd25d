package io.aegis.benchmarks;

import java.util.Locale;
import java.util.Map;

/** Renders one database's results as the Markdown table BENCHMARKS.md keeps. */
final class Report {

    private Report() {
    }

    /** The first scenario is the baseline that every ratio divides by. */
    static String markdown(String database, double loadSeconds, Map<Scenario, Latencies> results) {
        double baseline = results.values().iterator().next().percentileMillis(50);
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "### %s (register loaded in %.1f s)%n%n", database, loadSeconds));
        table.append("| scenario | request | p50 ms | p99 ms | p50 / baseline |\n");
        table.append("|---|---|---:|---:|---:|\n");
        results.forEach((scenario, latencies) -> table.append(String.format(Locale.ROOT,
                "| %s | `%s` | %.2f | %.2f | %.1f |%n", scenario.name(), scenario.requests(),
                latencies.percentileMillis(50), latencies.percentileMillis(99),
                latencies.percentileMillis(50) / baseline)));
        return table.toString();
    }
}
