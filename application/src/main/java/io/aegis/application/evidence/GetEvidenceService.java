package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.GetEvidenceUseCase;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.identity.Permission;

public record GetEvidenceService(UseCaseRunner run, EvidenceReadModel readModel) implements GetEvidenceUseCase {

    @Override
    public EvidenceView get(Actor actor, EvidenceId id) {
        // evidence belongs to no unit: reading it in a unit reads it all, restricted evidence aside
        run.requireSomewhere(actor, Permission.EVIDENCE_READ, "evidence.read");
        return EvidenceServiceSupport.view(readModel, id, actor);
    }
}
