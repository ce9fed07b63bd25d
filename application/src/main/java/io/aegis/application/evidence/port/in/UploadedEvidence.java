package io.aegis.application.evidence.port.in;

import io.aegis.domain.evidence.EvidenceDetails;
import io.aegis.domain.evidence.EvidenceFileName;

/** What an upload held: the fields describing the evidence, the file's name, and the file as received. */
public record UploadedEvidence(EvidenceDetails details, EvidenceFileName fileName, ReceivedFile file) {
}
