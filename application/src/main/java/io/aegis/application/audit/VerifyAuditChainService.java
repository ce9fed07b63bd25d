package io.aegis.application.audit;

import io.aegis.application.audit.port.in.ChainVerificationView;
import io.aegis.application.audit.port.in.VerifyAuditChainUseCase;
import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.application.audit.port.out.AuditCheckpointLog;
import io.aegis.application.audit.port.out.RecordedCheckpoint;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.audit.AuditCheckpoints;
import io.aegis.domain.audit.AuditKey;
import io.aegis.domain.audit.ChainVerification;
import io.aegis.domain.audit.StoredAuditRow;
import io.aegis.domain.identity.Permission;
import java.util.List;
import java.util.Optional;

/**
 * Streams the trail through {@link ChainVerification} in batches, so memory stays flat however long the trail
 * is: the checkpoint file first, then the sealed rows in chain order up to the head read at the start, then the
 * rows that wait for the sealer. No transaction: sealed rows never change (unless tampered with, which is the
 * point), so they read the same in any number of statements, and writes and sealing can go on meanwhile.
 */
public record VerifyAuditChainService(UseCaseRunner run, AuditChainReader chain, AuditCheckpointLog checkpoints,
                                      AuditKey key, int batchSize) implements VerifyAuditChainUseCase {

    static final int BATCH_SIZE = 1_000;

    public VerifyAuditChainService {
        if (batchSize < 1) {
            // batches of none would never end: the loops go on while a batch comes back full
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
    }

    public VerifyAuditChainService(UseCaseRunner run, AuditChainReader chain, AuditCheckpointLog checkpoints,
                                   AuditKey key) {
        this(run, chain, checkpoints, key, BATCH_SIZE);
    }

    @Override
    public ChainVerificationView verify(Actor actor) {
        return run.read(actor, Permission.AUDIT_READ, "audit_log.verify", this::verifyTrail);
    }

    private ChainVerificationView verifyTrail() {
        Optional<AuditChainState> read = chain.state();
        if (read.isEmpty()) {
            return ChainVerificationView.headMissing();
        }
        AuditChainState state = read.get();
        ChainVerification verification = ChainVerification.start(key, checkpointFile());
        List<StoredAuditRow> batch;
        do {
            batch = chain.sealed(verification.lastSeq(), state.head().lastSeq(), batchSize);
            for (StoredAuditRow row : batch) {
                verification = verification.follow(row);
            }
        } while (verification.intact() && batch.size() == batchSize);
        verification = verification.concludeAt(state.head(), chain.firstPlaceAfter(state.head().lastSeq()));
        long afterId = state.legacyThroughId();
        do {
            batch = chain.pending(afterId, batchSize);
            for (StoredAuditRow row : batch) {
                verification = verification.followPending(row);
                afterId = row.id();
            }
        } while (verification.intact() && batch.size() == batchSize);
        return ChainVerificationView.of(verification, chain.legacyRows(state.legacyThroughId()),
                state.brokenReason());
    }

    /** This node's checkpoint file, held to what the database records of it. */
    private AuditCheckpoints checkpointFile() {
        List<String> lines = checkpoints.lines();
        if (lines.isEmpty()) {
            long files = chain.checkpointFiles();
            return files == 0 ? AuditCheckpoints.read(lines, key, 0, null) : AuditCheckpoints.emptied(files);
        }
        Optional<RecordedCheckpoint> recorded = chain.recordedCheckpoint(AuditCheckpoints.fileId(lines.get(0)));
        return AuditCheckpoints.read(lines, key, recorded.map(RecordedCheckpoint::number).orElse(0L),
                recorded.map(RecordedCheckpoint::lineHash).orElse(null));
    }
}
