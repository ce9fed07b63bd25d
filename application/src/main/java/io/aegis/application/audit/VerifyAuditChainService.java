package io.aegis.application.audit;

import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.audit.port.in.VerifyAuditChainUseCase;
import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.domain.audit.AuditChainHead;
import io.aegis.domain.audit.ChainVerification;
import io.aegis.domain.audit.StoredAuditRow;
import io.aegis.domain.identity.Permission;
import java.util.List;

/**
 * Streams the trail through {@link ChainVerification} in batches, so memory stays flat however long the
 * trail is. No transaction: rows up to the head read first are committed and never change (unless tampered
 * with, which is the point), so they read the same in any number of statements, and appends can go on.
 */
public final class VerifyAuditChainService implements VerifyAuditChainUseCase {

    static final int BATCH_SIZE = 1_000;

    private final AccessGuard guard;
    private final AuditChainReader chain;
    private final int batchSize;

    public VerifyAuditChainService(AccessGuard guard, AuditChainReader chain) {
        this(guard, chain, BATCH_SIZE);
    }

    VerifyAuditChainService(AccessGuard guard, AuditChainReader chain, int batchSize) {
        this.guard = guard;
        this.chain = chain;
        this.batchSize = batchSize;
    }

    @Override
    public ChainVerificationView verify(Actor actor) {
        guard.require(actor, Permission.AUDIT_READ, "audit_log.verify");
        AuditChainHead head = chain.head();
        ChainVerification verification = ChainVerification.start();
        List<StoredAuditRow> batch;
        do {
            batch = chain.rows(verification.lastId(), head.lastId(), batchSize);
            for (StoredAuditRow row : batch) {
                verification = verification.follow(row);
            }
        } while (verification.intact() && batch.size() == batchSize);
        return ChainVerificationView.of(verification.concludeAt(head, chain.firstRowAfterHead()));
    }
}
