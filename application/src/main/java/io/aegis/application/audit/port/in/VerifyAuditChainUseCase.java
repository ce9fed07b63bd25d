package io.aegis.application.audit.port.in;

import io.aegis.application.port.Actor;

public interface VerifyAuditChainUseCase {

    /**
     * Reads the whole trail, in batches, and reports the first row that breaks the chain. Appends may go on
     * meanwhile; the check covers the rows up to the chain's end as it was when the check began.
     *
     * @throws io.aegis.application.port.ForbiddenException without {@code audit:read}
     */
    ChainVerificationView verify(Actor actor);
}
