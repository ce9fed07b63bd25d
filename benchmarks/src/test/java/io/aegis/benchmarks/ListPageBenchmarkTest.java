package io.aegis.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmark on a small register, on both databases, so that it keeps working as the API grows: every
 * scenario must answer 200 (the benchmark stops on anything else) and appear in the report. It proves nothing
 * about speed; BENCHMARKS.md does.
 */
class ListPageBenchmarkTest {

    @Test
    void every_scenario_answers_on_both_databases_and_is_reported() throws Exception {
        ListPageBenchmark benchmark = new ListPageBenchmark(
                new ListPageBenchmark.Options(60, 400, 4, 3, 1, List.of("sqlite", "mariadb"), Path.of("unused")));

        String report = benchmark.runAll();

        assertThat(report).contains("### sqlite", "### mariadb");
        for (Scenario scenario : ListPageBenchmark.scenarios(1, 1, "")) {
            assertThat(report).contains("| " + scenario.name() + " |");
        }
    }
}
