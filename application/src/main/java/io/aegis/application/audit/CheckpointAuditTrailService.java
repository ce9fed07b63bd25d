package io.aegis.application.audit;

import io.aegis.application.audit.port.in.CheckpointAuditTrailUseCase;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.application.audit.port.out.AuditCheckpointLog;
import io.aegis.application.audit.port.out.AuditSeals;
import io.aegis.application.port.Transactions;
import io.aegis.domain.audit.AuditCheckpoint;
import io.aegis.domain.audit.AuditCheckpoints;
import io.aegis.domain.audit.AuditKey;
import java.time.Clock;
import java.util.Optional;

/**
 * Appends a signed checkpoint of the chain's end to the file, then records its number and hash in the database,
 * holding the chain's state locked throughout. File first: a crash in between leaves the file one checkpoint
 * ahead of the database, which verifies; the other order would leave the database naming a checkpoint the file
 * lacks, which is what a removed checkpoint looks like. A file that fails its own check breaks the chain.
 */
public final class CheckpointAuditTrailService implements CheckpointAuditTrailUseCase {

    private final AuditSeals seals;
    private final AuditCheckpointLog log;
    private final AuditKey key;
    private final Transactions transactions;
    private final Clock clock;

    public CheckpointAuditTrailService(AuditSeals seals, AuditCheckpointLog log, AuditKey key,
                                       Transactions transactions, Clock clock) {
        this.seals = seals;
        this.log = log;
        this.key = key;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<AuditCheckpoint> checkpoint() {
        return transactions.inTransaction(() -> {
            Optional<AuditChainState> state = seals.lockState();
            if (state.isEmpty() || state.get().brokenReason().isPresent()) {
                return Optional.empty();
            }
            AuditChainState chain = state.get();
            AuditCheckpoints file = AuditCheckpoints.read(log.lines(), key, chain.checkpointNumber(),
                    chain.checkpointHash());
            if (file.fault().isPresent()) {
                seals.markBroken(file.fault().get());
                return Optional.empty();
            }
            AuditCheckpoint latest = file.latest().orElse(null);
            if (chain.head().lastSeq() == 0 || latest != null && latest.chainSeq() == chain.head().lastSeq()) {
                return Optional.empty();
            }
            AuditCheckpoint next = AuditCheckpoint.next(latest, chain.head(), clock.instant(), key);
            log.append(next.line());
            seals.recordCheckpoint(next.number(), next.lineHash());
            return Optional.of(next);
        });
    }
}
