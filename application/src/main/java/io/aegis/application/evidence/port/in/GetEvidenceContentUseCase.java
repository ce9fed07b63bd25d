package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.evidence.EvidenceId;

/**
 * Opens a piece of evidence's file for download, once it is checked against its recorded hash: a file changed behind
 * Aegis's back is refused (422 {@code evidence_integrity_failed}) and the evidence marked as failing the check.
 */
public interface GetEvidenceContentUseCase {

    EvidenceContent open(Actor actor, EvidenceId id);
}
