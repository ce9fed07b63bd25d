package io.aegis.domain.evidence;

import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of evidence: what its uploader said about it, the file it holds, who uploaded it and what the last check
 * of the file against its hash found. The upload checks the file as it is received, so new evidence is intact.
 */
public record Evidence(EvidenceDetails details, StoredFile file, Optional<UserId> uploadedBy,
                       IntegrityStatus integrity, Instant integrityCheckedAt, Instant createdAt) {

    public Evidence {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Evidence upload(EvidenceDetails details, StoredFile file, Optional<UserId> uploader, Instant now) {
        return new Evidence(details, file, uploader, IntegrityStatus.INTACT, now, now);
    }

    /** Whether {@code reader} (holding {@code evidence:restricted} or not) may read this evidence. */
    public boolean readableBy(Optional<UserId> reader, boolean readsRestricted) {
        return EvidenceAccess.mayRead(details.sensitivity(), uploadedBy, reader, readsRestricted);
    }
}
