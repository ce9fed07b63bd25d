package io.aegis.application.risk;

import io.aegis.application.port.Actor;
import io.aegis.application.port.ForbiddenException;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.risk.port.in.BulkTransitionRefusedException;
import io.aegis.application.risk.port.in.BulkTransitionRefusedException.Refusal;
import io.aegis.application.risk.port.in.BulkTransitionRisksCommand;
import io.aegis.application.risk.port.in.BulkTransitionRisksUseCase;
import io.aegis.application.risk.port.in.RiskView;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskReviewPolicy;
import io.aegis.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * One move for many risks, all or none: each risk is moved exactly as a single transition moves it (checked in its
 * own unit, recorded and audited), and the first refusal does not stop the others being tried, so that the answer
 * names every risk refused. Any refusal throws, which rolls back every move made.
 */
public record BulkTransitionRisksService(UseCaseRunner run, RiskRepository risks, RiskReviewPolicy policy)
        implements BulkTransitionRisksUseCase {

    @Override
    public List<RiskView> transition(Actor actor, BulkTransitionRisksCommand command) {
        return run.changeIn(actor, Permission.RISK_WRITE, "risk.bulk_transition", change -> {
            List<RiskView> moved = new ArrayList<>(command.ids().size());
            List<Refusal> refused = new ArrayList<>();
            for (RiskId id : command.ids()) {
                try {
                    moved.add(RiskServiceSupport.transition(risks, change, command.of(id), policy));
                } catch (NotFoundException | ForbiddenException | RuleViolationException refusal) {
                    // what a single move of this risk would answer; a conflict still runs the whole again
                    refused.add(new Refusal(id.value(), refusal.code(), refusal.getMessage()));
                }
            }
            if (!refused.isEmpty()) {
                throw new BulkTransitionRefusedException(refused);
            }
            return moved;
        });
    }
}
