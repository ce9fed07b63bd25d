package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.in.ListEvidenceQuery;
import io.aegis.application.evidence.port.in.ListEvidenceUseCase;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListEvidenceService(UseCaseRunner run, EvidenceReadModel readModel) implements ListEvidenceUseCase {

    @Override
    public Page<EvidenceView> list(Actor actor, ListEvidenceQuery query) {
        run.requireSomewhere(actor, Permission.EVIDENCE_READ, "evidence.list");
        return readModel.list(query, EvidenceServiceSupport.reader(actor));
    }
}
