package io.aegis.domain.evidence;

import io.aegis.domain.identity.UserId;
import java.util.Optional;

/**
 * Who may read a piece of evidence, given that they read evidence at all: anyone, unless it is
 * {@link Sensitivity#RESTRICTED}; restricted evidence only its uploader and whoever holds
 * {@code evidence:restricted}. Read models apply the same rule in their queries; this is its statement.
 */
public final class EvidenceAccess {

    private EvidenceAccess() {
    }

    public static boolean mayRead(Sensitivity sensitivity, Optional<UserId> uploader, Optional<UserId> reader,
                                  boolean readsRestricted) {
        return sensitivity != Sensitivity.RESTRICTED || readsRestricted
                || reader.isPresent() && reader.equals(uploader);
    }
}
