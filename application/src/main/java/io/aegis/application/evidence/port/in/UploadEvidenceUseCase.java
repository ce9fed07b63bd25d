package io.aegis.application.evidence.port.in;

import io.aegis.application.port.Actor;

/**
 * Records a piece of evidence from an upload: the file is streamed into the store while hashed, its type detected
 * from its content, and the row written once the file is in place, with its audit entry.
 */
public interface UploadEvidenceUseCase {

    EvidenceView upload(Actor actor, EvidenceUpload upload);
}
