package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.application.evidence.port.out.EvidenceLinks;
import io.aegis.application.evidence.port.out.EvidenceReadModel;
import io.aegis.application.evidence.port.out.EvidenceReader;
import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;

/** What the evidence services share: the resources' names, who reads, and loading with its 404. */
final class EvidenceServiceSupport {

    static final String RESOURCE = "evidence";
    static final String CONTROL_LINK = "evidence_control";
    static final String TASK_LINK = "task_evidence";

    private EvidenceServiceSupport() {
    }

    static EvidenceReader reader(Actor actor) {
        return new EvidenceReader(actor.userId().map(UserId::new), actor.may(Permission.EVIDENCE_RESTRICTED));
    }

    /** @throws NotFoundException when {@code task} names no task */
    static void requireTask(EvidenceLinks links, long task) {
        if (!links.taskExists(task)) {
            throw new NotFoundException("task", task);
        }
    }

    /** @throws NotFoundException when there is no such evidence, or the actor may not read it (restricted) */
    static EvidenceView view(EvidenceReadModel readModel, EvidenceId id, Actor actor) {
        return readModel.find(id, reader(actor)).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }
}
