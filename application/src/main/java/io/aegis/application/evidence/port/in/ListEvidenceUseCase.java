package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListEvidenceUseCase {

    Page<EvidenceView> list(Actor actor, ListEvidenceQuery query);
}
