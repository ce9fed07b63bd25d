package io.aegis.application.risk;

import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.risk.port.in.ListRisksQuery;
import io.aegis.application.risk.port.in.ListRisksUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskReadModel;
import io.aegis.domain.identity.Permission;
import java.time.Clock;

public final class ListRisksService implements ListRisksUseCase {

    private final AccessGuard guard;
    private final RiskReadModel readModel;
    private final Clock clock;

    public ListRisksService(AccessGuard guard, RiskReadModel readModel, Clock clock) {
        this.guard = guard;
        this.readModel = readModel;
        this.clock = clock;
    }

    @Override
    public Page<RiskView> list(Actor actor, ListRisksQuery query) {
        guard.require(actor, Permission.RISK_READ, "risk.list");
        return readModel.list(query, clock.instant());
    }
}
