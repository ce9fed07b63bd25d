package io.aegis.application.risk.port.in;

import java.util.List;

/**
 * The controls treating a risk, and whether its residual rating is unsupported by their assessments
 * ({@link io.aegis.domain.risk.TreatmentGap}).
 */
public record RiskTreatmentView(long riskId, boolean treatmentGap, List<RiskControlView> controls) {

    public RiskTreatmentView {
        controls = List.copyOf(controls);
    }
}
