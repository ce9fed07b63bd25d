package io.aegis.application.evidence.port.out;

import io.aegis.domain.identity.UserId;
import java.util.Optional;

/**
 * Who reads evidence, as a read model filters for them: restricted evidence is theirs to read when they uploaded
 * it or hold {@code evidence:restricted} ({@link io.aegis.domain.evidence.EvidenceAccess}).
 */
public record EvidenceReader(Optional<UserId> user, boolean readsRestricted) {
}
