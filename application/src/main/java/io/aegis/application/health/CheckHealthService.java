package io.aegis.application.health;

import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.health.port.in.CheckHealthUseCase;
import io.aegis.application.health.port.in.HealthView;
import io.aegis.application.health.port.out.DatabaseProbe;

public final class CheckHealthService implements CheckHealthUseCase {

    private final DatabaseProbe database;
    private final AuditChainReader auditChain;

    public CheckHealthService(DatabaseProbe database, AuditChainReader auditChain) {
        this.database = database;
        this.auditChain = auditChain;
    }

    @Override
    public HealthView check() {
        if (!database.isReachable()) {
            return new HealthView(false, false);
        }
        boolean chainIntact = auditChain.state().map(state -> state.brokenReason().isEmpty()).orElse(false);
        return new HealthView(true, chainIntact);
    }
}
