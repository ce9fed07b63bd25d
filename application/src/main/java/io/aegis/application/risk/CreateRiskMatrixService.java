package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CreateRiskMatrixCommand;
import io.aegis.application.risk.port.in.CreateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskMatrix;
import java.util.Optional;

public record CreateRiskMatrixService(UseCaseRunner run, RiskMatrixRepository matrices)
        implements CreateRiskMatrixUseCase {

    @Override
    public RiskMatrixView create(Actor actor, CreateRiskMatrixCommand command) {
        return run.change(actor, Permission.RISK_WRITE, "risk_matrix.create", change -> {
            RiskMatrixServiceSupport.requireFree(matrices, command.name(), Optional.empty());
            Optional<RiskMatrix> previousDefault = command.isDefault() ? matrices.findDefault() : Optional.empty();
            RiskMatrix created = matrices.insert(RiskMatrix.define(command.name(), command.description(),
                    command.scoring(), command.isDefault(), change.now()));
            RiskMatrixView view = RiskMatrixView.of(created);
            change.audit(RiskMatrixServiceSupport.RESOURCE, view.id(), null, view);
            RiskMatrixServiceSupport.handOverDefault(matrices, change, previousDefault, created);
            return view;
        });
    }
}
