package io.aegis.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the write-rate benchmark for a second on the single MariaDB, so that it keeps working as the API grows: both
 * setups are reported and every write answered 201. It proves nothing about speed; BENCHMARKS.md does. (The cluster
 * setups use the GaleraCluster the cluster tests already run.)
 */
class WriteRateBenchmarkTest {

    @Test
    void one_and_two_nodes_on_the_single_server_are_reported_without_a_failed_write() throws Exception {
        String report = new WriteRateBenchmark(
                new WriteRateBenchmark.Options(1, 1, 2, Set.of("single"), Path.of("unused"))).runAll();

        assertThat(report).contains("| single MariaDB | 1 |", "| single MariaDB | 2 |").doesNotContain("{");
    }
}
