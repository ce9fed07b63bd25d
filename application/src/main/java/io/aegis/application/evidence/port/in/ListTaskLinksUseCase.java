package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.evidence.EvidenceId;
import java.util.List;

/** The task links of a piece of evidence, or the evidence of a task: only the evidence the reader may read. */
public interface ListTaskLinksUseCase {

    List<TaskLinkView> ofEvidence(Actor actor, EvidenceId evidence);

    List<TaskLinkView> ofTask(Actor actor, long task);
}
