package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.ListControlLinksUseCase;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;
import java.util.List;

public record ListControlLinksService(UseCaseRunner run, EvidenceReadModel readModel)
        implements ListControlLinksUseCase {

    @Override
    public List<ControlLinkView> ofEvidence(Actor actor, EvidenceId evidence) {
        run.requireSomewhere(actor, Permission.EVIDENCE_READ, "evidence.read");
        EvidenceServiceSupport.view(readModel, evidence, actor);
        return readModel.controlsOf(evidence);
    }

    @Override
    public List<ControlLinkView> ofControl(Actor actor, ControlId control) {
        run.requireSomewhere(actor, Permission.EVIDENCE_READ, "evidence.list");
        return readModel.evidenceOfControl(control, EvidenceServiceSupport.reader(actor));
    }
}
