package io.aegis.application.framework.port.out;

import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.ControlMappingId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ControlMappingRepository {

    Optional<ControlMapping> findById(ControlMappingId id);

    /** The mapping of {@code a} and {@code b}, stored in either direction. */
    Optional<ControlMapping> findPair(ControlId a, ControlId b);

    /** Every mapping with an end among {@code controls}, by id. */
    List<ControlMapping> touching(Collection<ControlId> controls);

    /** Stores a new mapping and returns it with its assigned id. */
    ControlMapping insert(ControlMapping mapping);

    /** Stores new mappings in as few statements as the database allows; no two may map the same pair. */
    void insertAll(List<ControlMapping> mappings);

    /** @return false when the stored version differs from {@code expectedVersion}: nothing was written */
    boolean update(ControlMapping mapping, Instant expectedVersion);

    /** @return false when some stored version differed: the caller's transaction must be undone */
    boolean updateAll(List<ControlMapping> mappings, List<Instant> expectedVersions);

    /** @return false when there was no such mapping */
    boolean delete(ControlMappingId id);
}
