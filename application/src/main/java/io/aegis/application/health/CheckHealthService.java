package io.aegis.application.health;

import io.aegis.application.audit.port.in.CheckAuditChainUseCase;
import io.aegis.application.health.port.in.CheckHealthUseCase;
import io.aegis.application.health.port.in.HealthView;
import io.aegis.application.health.port.out.DatabaseProbe;

public final class CheckHealthService implements CheckHealthUseCase {

    private final DatabaseProbe database;
    private final CheckAuditChainUseCase auditChain;

    public CheckHealthService(DatabaseProbe database, CheckAuditChainUseCase auditChain) {
        this.database = database;
        this.auditChain = auditChain;
    }

    @Override
    public HealthView check() {
        if (!database.isReachable()) {
            return new HealthView(false, false);
        }
        return new HealthView(true, auditChain.intact());
    }
}
