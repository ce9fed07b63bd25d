package io.aegis.application.testing;

import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Risk matrices over a map, starting as a migrated database does: with the standard 5x5 default as id 1. */
public final class InMemoryRiskMatrices implements RiskMatrixRepository {

    private final Map<Long, RiskMatrix> rows = new TreeMap<>();
    private long lastId;

    public InMemoryRiskMatrices() {
        add(RiskMatrix.standard5x5(Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** Stores {@code matrix} under the next id, as it is (default or not), and returns it with that id. */
    public synchronized RiskMatrix add(RiskMatrix matrix) {
        RiskMatrix stored = matrix.identifiedAs(new RiskMatrixId(++lastId));
        rows.put(lastId, stored);
        return stored;
    }

    @Override
    public synchronized Optional<RiskMatrix> findById(RiskMatrixId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public synchronized Optional<RiskMatrix> findDefault() {
        return rows.values().stream().filter(m -> m.isDefault() && m.active()).findFirst();
    }
}
