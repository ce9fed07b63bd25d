package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.port.in.DeactivateRiskUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskId;
import java.time.Clock;
import java.time.Instant;

public final class DeactivateRiskService implements DeactivateRiskUseCase {

    private final AccessGuard guard;
    private final RiskRepository risks;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DeactivateRiskService(AccessGuard guard, RiskRepository risks, Transactions transactions, AuditTrail audit,
                                 Clock clock) {
        this.guard = guard;
        this.risks = risks;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void deactivate(Actor actor, RiskId id) {
        guard.require(actor, Permission.RISK_WRITE, "risk.deactivate");
        transactions.inTransaction(() -> {
            Risk current = RiskServiceSupport.load(risks, id);
            if (!current.active()) {
                return null;
            }
            Instant now = clock.instant();
            Risk deactivated = current.deactivate(now);
            StaleVersionException.requireWritten(risks.update(deactivated, current.version()),
                    ExpectedVersion.ANY, "risk", id);
            audit.record(AuditEntry.success(actor, now, "risk.deactivate", RiskServiceSupport.RESOURCE, id.value(),
                    RiskView.of(current), RiskView.of(deactivated)));
            return null;
        });
    }
}
