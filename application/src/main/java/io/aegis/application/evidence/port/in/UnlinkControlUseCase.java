package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.framework.ControlId;

public interface UnlinkControlUseCase {

    void unlink(Actor actor, EvidenceId evidence, ControlId control);
}
