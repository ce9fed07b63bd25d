package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.framework.ControlId;
import java.util.List;

/** The controls a piece of evidence supports, or the evidence of a control: only evidence the reader may read. */
public interface ListControlLinksUseCase {

    List<ControlLinkView> ofEvidence(Actor actor, EvidenceId evidence);

    List<ControlLinkView> ofControl(Actor actor, ControlId control);
}
