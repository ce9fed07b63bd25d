package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.ListRiskControlsUseCase;
import io.aegis.application.risk.port.in.RiskControlView;
import io.aegis.application.risk.port.in.RiskTreatmentView;
import io.aegis.application.risk.port.out.RiskControlReadModel;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.Risk;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.TreatmentGap;
import java.util.List;

/**
 * A risk's treating controls, judged on the assessments the reader may see: those of no asset or of an asset where
 * the reader reads assets ({@link TreatmentEvidence}). A risk out of scope is not found.
 */
public record ListRiskControlsService(UseCaseRunner run, RiskRepository risks, RiskControlReadModel readModel)
        implements ListRiskControlsUseCase {

    @Override
    public RiskTreatmentView list(Actor actor, RiskId id) {
        return run.consistentReadIn(actor, Permission.RISK_READ, "risk.controls.read", scope -> {
            Risk risk = RiskServiceSupport.loadIn(risks, id, scope);
            List<RiskControlView> controls = readModel.list(id, TreatmentEvidence.of(actor));
            boolean gap = TreatmentGap.holds(risk.residual().isPresent(),
                    controls.stream().map(RiskControlView::evidence).toList());
            return new RiskTreatmentView(id.value(), gap, controls);
        });
    }
}
