package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.port.in.DeactivateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import java.time.Clock;
import java.time.Instant;

public final class DeactivateRiskMatrixService implements DeactivateRiskMatrixUseCase {

    private final AccessGuard guard;
    private final RiskMatrixRepository matrices;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DeactivateRiskMatrixService(AccessGuard guard, RiskMatrixRepository matrices, Transactions transactions,
                                       AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.matrices = matrices;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void deactivate(Actor actor, RiskMatrixId id) {
        guard.require(actor, Permission.RISK_WRITE, "risk_matrix.deactivate");
        transactions.inTransaction(() -> {
            RiskMatrix current = RiskMatrixServiceSupport.load(matrices, id);
            if (!current.active()) {
                return null;
            }
            Instant now = clock.instant();
            RiskMatrix deactivated = current.deactivate(now);
            StaleVersionException.requireWritten(matrices.update(deactivated, current.version()),
                    ExpectedVersion.ANY, "risk matrix", id);
            audit.record(AuditEntry.success(actor, now, "risk_matrix.deactivate", RiskMatrixServiceSupport.RESOURCE,
                    id.value(), RiskMatrixView.of(current), RiskMatrixView.of(deactivated)));
            return null;
        });
    }
}
