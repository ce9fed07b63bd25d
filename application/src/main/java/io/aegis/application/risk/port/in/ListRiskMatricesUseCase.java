package io.aegis.application.risk.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListRiskMatricesUseCase {

    Page<RiskMatrixView> list(Actor actor, ListRiskMatricesQuery query);
}
