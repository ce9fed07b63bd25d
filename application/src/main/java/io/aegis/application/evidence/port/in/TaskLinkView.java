package io.aegis.application.evidence.port.in;

import io.aegis.domain.evidence.EvidenceId;
import java.time.Instant;
import java.util.Optional;

/** A link between a remediation task and a piece of evidence, with enough of both to list it from either side. */
public record TaskLinkView(long task, String taskTitle, EvidenceId evidence, String evidenceTitle,
                           Optional<String> relationshipType, Optional<String> notes, Instant createdAt) {
}
