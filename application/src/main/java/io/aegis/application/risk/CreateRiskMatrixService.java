package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.application.risk.port.in.CreateRiskMatrixCommand;
import io.aegis.application.risk.port.in.CreateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskMatrix;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class CreateRiskMatrixService implements CreateRiskMatrixUseCase {

    private final AccessGuard guard;
    private final RiskMatrixRepository matrices;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateRiskMatrixService(AccessGuard guard, RiskMatrixRepository matrices, Transactions transactions,
                                   AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.matrices = matrices;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RiskMatrixView create(Actor actor, CreateRiskMatrixCommand command) {
        guard.require(actor, Permission.RISK_WRITE, "risk_matrix.create");
        return transactions.inTransaction(() -> {
            RiskMatrixServiceSupport.requireFree(matrices, command.name(), Optional.empty());
            Instant now = clock.instant();
            Optional<RiskMatrix> previousDefault = command.isDefault() ? matrices.findDefault() : Optional.empty();
            RiskMatrix created = matrices.insert(RiskMatrix.define(command.name(), command.description(),
                    command.scoring(), command.isDefault(), now));
            RiskMatrixView view = RiskMatrixView.of(created);
            audit.record(AuditEntry.success(actor, now, "risk_matrix.create", RiskMatrixServiceSupport.RESOURCE,
                    view.id(), null, view));
            RiskMatrixServiceSupport.handOverDefault(matrices, audit, actor, previousDefault, created, now);
            return view;
        });
    }
}
