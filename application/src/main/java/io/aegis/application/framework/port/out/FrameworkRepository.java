package io.aegis.application.framework.port.out;

import io.aegis.domain.framework.Framework;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.Optional;

public interface FrameworkRepository {

    Optional<Framework> findById(FrameworkId id);

    /**
     * The framework a catalog of this name and publisher updates: the same name and organisation exactly (both
     * absent counts as the same). The oldest one when several match.
     */
    Optional<Framework> findByName(String name, Optional<String> organization);

    /** Stores a new framework and returns it with its assigned id. */
    Framework insert(Framework framework);

    /** @return false when the stored version differs from {@code expectedVersion}: nothing was written */
    boolean update(Framework framework, Instant expectedVersion);
}
