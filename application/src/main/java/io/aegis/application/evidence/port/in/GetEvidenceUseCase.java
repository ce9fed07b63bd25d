package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.evidence.EvidenceId;

public interface GetEvidenceUseCase {

    EvidenceView get(Actor actor, EvidenceId id);
}
