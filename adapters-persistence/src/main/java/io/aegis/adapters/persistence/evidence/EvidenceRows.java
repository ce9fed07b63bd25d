package io.aegis.adapters.persistence.evidence;

import static io.aegis.adapters.persistence.jooq.Tables.EVIDENCE;

import io.aegis.adapters.persistence.jooq.tables.records.EvidenceRecord;
import io.aegis.domain.evidence.Evidence;
import io.aegis.domain.evidence.EvidenceDetails;
import io.aegis.domain.evidence.EvidenceFileName;
import io.aegis.domain.evidence.FileType;
import io.aegis.domain.evidence.IntegrityStatus;
import io.aegis.domain.evidence.Sensitivity;
import io.aegis.domain.evidence.StoredFile;
import io.aegis.domain.identity.UserId;
import java.util.Optional;

/** An evidence row and the domain's {@link Evidence}, both ways. */
final class EvidenceRows {

    private EvidenceRows() {
    }

    static EvidenceRecord newRow(Evidence evidence) {
        EvidenceDetails details = evidence.details();
        StoredFile file = evidence.file();
        EvidenceRecord row = new EvidenceRecord();
        row.setTitle(details.title());
        row.setEvidenceType(details.evidenceType());
        row.setDescription(details.description());
        row.setCategory(details.category());
        row.setSourceSystem(details.sourceSystem());
        row.setCollectionDate(details.collectionDate());
        row.setRetentionDate(details.retentionDate());
        row.setSensitivityLevel(details.sensitivity().key());
        row.setFilePath(file.path());
        row.setFileName(file.name().value());
        row.setFileSize(file.size());
        row.setFileType(file.type().mediaType());
        row.setFileHash(file.sha256());
        row.setUploadedBy(evidence.uploadedBy().map(user -> Math.toIntExact(user.value())).orElse(null));
        row.setIntegrityStatus(evidence.integrity().key());
        row.setIntegrityCheckedAt(evidence.integrityCheckedAt());
        row.setIsActive(true);
        row.setCreatedAt(evidence.createdAt());
        row.setUpdatedAt(evidence.createdAt());
        return row;
    }

    static Evidence toDomain(org.jooq.Record record) {
        EvidenceRecord row = record.into(EVIDENCE);
        EvidenceDetails details = new EvidenceDetails(row.getTitle(), row.getEvidenceType(), row.getDescription(),
                row.getCategory(), row.getSourceSystem(), row.getCollectionDate(), row.getRetentionDate(),
                row.getSensitivityLevel() == null ? null
                        : Sensitivity.parse("sensitivity_level", row.getSensitivityLevel()));
        StoredFile file = new StoredFile(row.getFilePath(), new EvidenceFileName(row.getFileName()),
                row.getFileSize(), FileType.ofMediaType(row.getFileType()).orElse(FileType.UNKNOWN), row.getFileHash());
        return new Evidence(details, file, Optional.ofNullable(row.getUploadedBy()).map(UserId::new),
                IntegrityStatus.parse("integrity_status", row.getIntegrityStatus()), row.getIntegrityCheckedAt(),
                row.getCreatedAt());
    }
}
