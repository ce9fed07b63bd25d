package io.aegis.application.evidence;

import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceDetails;
import io.aegis.domain.evidence.StoredFile;
import io.aegis.domain.identity.UserId;
import java.time.Instant;

/** A piece of evidence as its audit entries record it: every column a reader sees, flat. */
record EvidenceState(long id, String title, String evidenceType, String description, String category,
                     String sourceSystem, Instant collectionDate, Instant retentionDate, String sensitivityLevel,
                     String fileName, long fileSize, String fileType, String sha256, String filePath,
                     Long uploadedBy, String integrityStatus, Instant integrityCheckedAt) {

    static EvidenceState of(EvidenceView view) {
        return of(view.id().value(), view.evidence());
    }

    static EvidenceState of(long id, Evidence evidence) {
        EvidenceDetails details = evidence.details();
        StoredFile file = evidence.file();
        return new EvidenceState(id, details.title(), details.evidenceType(), details.description(),
                details.category(), details.sourceSystem(), details.collectionDate(), details.retentionDate(),
                details.sensitivity().key(), file.name().value(), file.size(), file.type().mediaType(),
                file.sha256(), file.path(), evidence.uploadedBy().map(UserId::value).orElse(null),
                evidence.integrity().key(), evidence.integrityCheckedAt());
    }
}
