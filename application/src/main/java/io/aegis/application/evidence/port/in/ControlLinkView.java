package io.aegis.application.evidence.port.in;

import io.aegis.domain.evidence.Adequacy;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.SupportType;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.Optional;

/**
 * A link between a piece of evidence and a control it supports, with enough of both to list it from either side.
 *
 * @param controlLabel the control's id in its catalog ({@code AC-2})
 */
public record ControlLinkView(EvidenceId evidence, String evidenceTitle, ControlId control, FrameworkId framework,
                              String controlLabel, String controlTitle, Optional<SupportType> supportType,
                              Optional<Adequacy> adequacy, Optional<String> notes, Instant createdAt) {
}
