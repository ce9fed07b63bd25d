package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UnitPlacement;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.CreateRiskMatrixCommand;
import io.aegis.application.risk.port.in.CreateRiskMatrixUseCase;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.application.risk.port.out.RiskReferences;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskMatrix;
import java.util.Optional;

public record CreateRiskMatrixService(UseCaseRunner run, RiskMatrixRepository matrices, RiskReferences references)
        implements CreateRiskMatrixUseCase {

    @Override
    public RiskMatrixView create(Actor actor, CreateRiskMatrixCommand command) {
        return run.changeIn(actor, Permission.MATRIX_WRITE, "risk_matrix.create", change -> {
            OrgUnitId unit = UnitPlacement.ofNewRow(change, command.unit(), references::activeUnitExists);
            RiskMatrix defined = RiskMatrix.define(command.name(), command.description(), command.scoring(), unit,
                    command.isDefault(), change.now());
            RiskMatrixServiceSupport.requireFree(matrices, command.name(), Optional.empty());
            Optional<RiskMatrix> previousDefault = command.isDefault() ? matrices.findDefault() : Optional.empty();
            RiskMatrix created = matrices.insert(defined);
            RiskMatrixView view = RiskMatrixView.of(created);
            change.auditIn(unit, RiskMatrixServiceSupport.RESOURCE, view.id(), null, view);
            RiskMatrixServiceSupport.handOverDefault(matrices, change, previousDefault, created);
            return view;
        });
    }
}
