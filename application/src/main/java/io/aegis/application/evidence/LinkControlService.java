package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.ControlLinkView;
import io.aegis.application.evidence.port.in.LinkControlCommand;
import io.aegis.application.evidence.port.in.LinkControlUseCase;
import io.aegis.application.evidence.port.out.EvidenceLinks;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;

/** Links a piece of evidence the actor may read to an active control, once (409 for a second link). */
public record LinkControlService(UseCaseRunner run, EvidenceReadModel readModel, EvidenceLinks links)
        implements LinkControlUseCase {

    private static final String ACTION = "evidence.link_control";

    @Override
    public ControlLinkView link(Actor actor, LinkControlCommand command) {
        run.requireSomewhere(actor, Permission.EVIDENCE_WRITE, ACTION);
        return run.inChange(actor, ACTION, change -> {
            EvidenceServiceSupport.view(readModel, command.evidence(), actor);
            if (!links.activeControl(command.control())) {
                throw new RuleViolationException("unknown_control", "control_id " + command.control()
                        + " names no active control");
            }
            links.linkControl(command, actor.userId().map(UserId::new), change.now());
            ControlLinkView after = readModel.controlsOf(command.evidence()).stream()
                    .filter(link -> link.control().equals(command.control())).findFirst().orElseThrow();
            change.audit(EvidenceServiceSupport.CONTROL_LINK, command.evidence().value(), null, LinkState.of(after));
            return after;
        });
    }
}
