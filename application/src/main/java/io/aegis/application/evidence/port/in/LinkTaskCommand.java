package io.aegis.application.evidence.port.in;

import io.aegis.domain.evidence.EvidenceId;
import java.util.Optional;

/** @param task the task's id (the task context's own id type arrives with it) */
public record LinkTaskCommand(long task, EvidenceId evidence, Optional<String> relationshipType,
                              Optional<String> notes) {
}
