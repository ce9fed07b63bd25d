package io.aegis.adapters.persistence.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A {@link GaleraCluster} for a test: without the Galera and mariabackup programs the test is skipped on a
 * developer's machine and FAILS in CI ({@code CI=true}), where {@code .ci/run} installs them.
 */
public final class GaleraClusters {

    private GaleraClusters() {
    }

    public static GaleraCluster startOrSkip(Path folder) {
        GaleraCluster.missingPrograms().ifPresent(missing -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(missing + " (in CI the cluster tests are mandatory)");
            }
            Assumptions.abort(missing + " (skipped outside CI)");
        });
        return GaleraCluster.start(folder);
    }
}
