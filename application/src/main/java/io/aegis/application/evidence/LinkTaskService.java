package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.LinkTaskCommand;
import io.aegis.application.evidence.port.in.LinkTaskUseCase;
import io.aegis.application.evidence.port.in.TaskLinkView;
import io.aegis.application.evidence.port.out.EvidenceLinks;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;

/** Links a piece of evidence the actor may read to a task, once (409 for a second link); an unknown task is a 404. */
public record LinkTaskService(UseCaseRunner run, EvidenceReadModel readModel, EvidenceLinks links)
        implements LinkTaskUseCase {

    private static final String ACTION = "evidence.link_task";

    @Override
    public TaskLinkView link(Actor actor, LinkTaskCommand command) {
        run.requireSomewhere(actor, Permission.EVIDENCE_WRITE, ACTION);
        return run.inChange(actor, ACTION, change -> {
            EvidenceServiceSupport.requireTask(links, command.task());
            if (readModel.find(command.evidence(), EvidenceServiceSupport.reader(actor)).isEmpty()) {
                throw new RuleViolationException("unknown_evidence", "evidence_id " + command.evidence()
                        + " names no evidence");
            }
            links.linkTask(command, actor.userId().map(UserId::new), change.now());
            TaskLinkView after = readModel.tasksOf(command.evidence()).stream()
                    .filter(link -> link.task() == command.task()).findFirst().orElseThrow();
            change.audit(EvidenceServiceSupport.TASK_LINK, command.evidence().value(), null, LinkState.of(after));
            return after;
        });
    }
}
