package io.aegis.application.evidence.port.in;

import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceId;
import java.time.Instant;
import java.util.Optional;

/** A piece of evidence as readers see it, with its id, who uploaded it (by name) and when it last changed. */
public record EvidenceView(EvidenceId id, Evidence evidence, Optional<String> uploaderName, Instant updatedAt) {
}
