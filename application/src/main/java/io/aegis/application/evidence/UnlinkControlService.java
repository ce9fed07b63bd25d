package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.UnlinkControlUseCase;
import io.aegis.application.evidence.port.out.EvidenceLinks;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.Permission;

public record UnlinkControlService(UseCaseRunner run, EvidenceReadModel readModel, EvidenceLinks links)
        implements UnlinkControlUseCase {

    private static final String ACTION = "evidence.unlink_control";

    @Override
    public void unlink(Actor actor, EvidenceId evidence, ControlId control) {
        run.requireSomewhere(actor, Permission.EVIDENCE_WRITE, ACTION);
        run.inChange(actor, ACTION, change -> {
            EvidenceServiceSupport.view(readModel, evidence, actor);
            ControlLinkView before = readModel.controlsOf(evidence).stream()
                    .filter(link -> link.control().equals(control)).findFirst()
                    .orElseThrow(() -> new NotFoundException(EvidenceServiceSupport.CONTROL_LINK,
                            evidence + "/" + control));
            links.unlinkControl(evidence, control);
            change.audit(EvidenceServiceSupport.CONTROL_LINK, evidence.value(), LinkState.of(before), null);
            return null;
        });
    }
}
