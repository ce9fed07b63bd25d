package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.ListTaskLinksUseCase;
import io.aegis.application.evidence.port.in.TaskLinkView;
import io.aegis.application.evidence.port.out.EvidenceLinks;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.identity.Permission;
import java.util.List;

public record ListTaskLinksService(UseCaseRunner run, EvidenceReadModel readModel, EvidenceLinks links)
        implements ListTaskLinksUseCase {

    @Override
    public List<TaskLinkView> ofEvidence(Actor actor, EvidenceId evidence) {
        run.requireSomewhere(actor, Permission.EVIDENCE_READ, "evidence.read");
        EvidenceServiceSupport.view(readModel, evidence, actor);
        return readModel.tasksOf(evidence);
    }

    @Override
    public List<TaskLinkView> ofTask(Actor actor, long task) {
        run.requireSomewhere(actor, Permission.EVIDENCE_READ, "evidence.list");
        EvidenceServiceSupport.requireTask(links, task);
        return readModel.evidenceOfTask(task, EvidenceServiceSupport.reader(actor));
    }
}
