package io.aegis.application.evidence.port.in;

import io.aegis.domain.evidence.Adequacy;
import io.aegis.domain.evidence.EvidenceId;
import io.aegis.domain.evidence.SupportType;
import io.aegis.domain.framework.ControlId;
import java.util.Optional;

public record LinkControlCommand(EvidenceId evidence, ControlId control, Optional<SupportType> supportType,
                                 Optional<Adequacy> adequacy, Optional<String> notes) {
}
