package io.aegis.application.framework.port.out;

import io.aegis.domain.framework.Baseline;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.Optional;

public interface BaselineRepository {

    Optional<Baseline> findByName(FrameworkId framework, String name);

    /** Stores a new baseline with its selection and returns it with its assigned id. */
    Baseline insert(Baseline baseline);

    /**
     * Stores the baseline's new version and replaces its selection, if the stored version is still
     * {@code expectedVersion}.
     *
     * @return false when the stored version differs: nothing was written
     */
    boolean update(Baseline baseline, Instant expectedVersion);
}
