package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.risk.RiskId;

/** The controls treating a risk with their latest assessed status, and whether the risk has a treatment gap. */
public interface ListRiskControlsUseCase {

    RiskTreatmentView list(Actor actor, RiskId risk);
}
