package io.aegis.adapters.web.evidence;

import io.aegis.application.evidence.port.in.EvidenceView;
import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceDetails;
import io.aegis.domain.evidence.StoredFile;
import io.aegis.domain.identity.UserId;
import java.time.Instant;

/** A piece of evidence: its metadata, its file as stored (path relative to the store), its integrity check. */
public record EvidenceResponse(long id, String title, String evidenceType, String description, String category,
                               String sourceSystem, Instant collectionDate, Instant retentionDate,
                               String sensitivityLevel, String fileName, long fileSize, String fileType,
                               String fileHash, String filePath, Long uploadedBy, String uploadedByName,
                               String integrityStatus, Instant integrityCheckedAt, Instant createdAt,
                               Instant updatedAt) {

    static EvidenceResponse of(EvidenceView view) {
        Evidence evidence = view.evidence();
        EvidenceDetails details = evidence.details();
        StoredFile file = evidence.file();
        return new EvidenceResponse(view.id().value(), details.title(), details.evidenceType(),
                details.description(), details.category(), details.sourceSystem(), details.collectionDate(),
                details.retentionDate(), details.sensitivity().key(), file.name().value(), file.size(),
                file.type().mediaType(), file.sha256(), file.path(),
                evidence.uploadedBy().map(UserId::value).orElse(null), view.uploaderName().orElse(null),
                evidence.integrity().key(), evidence.integrityCheckedAt(), evidence.createdAt(), view.updatedAt());
    }
}
