package io.aegis.application.audit;

import io.aegis.application.audit.port.in.CheckpointAuditTrailUseCase;
import io.aegis.application.audit.port.out.AuditChainReader;
import io.aegis.application.audit.port.out.AuditChainState;
import io.aegis.application.audit.port.out.AuditCheckpointLog;
import io.aegis.application.audit.port.out.AuditSeals;
import io.aegis.application.audit.port.out.RecordedCheckpoint;
import io.aegis.application.port.Transactions;
import io.aegis.domain.audit.AuditCheckpoint;
import io.aegis.domain.audit.AuditCheckpoints;
import io.aegis.domain.audit.AuditKey;
import java.time.Clock;
import java.util.Optional;

/**
 * Appends a signed checkpoint of the chain's end, as this node sees it, to this node's own file, then records the
 * file's new last checkpoint in the database. Every node witnesses the chain into its own file, whichever node
 * seals: each line links only to the line before it in the same file, so any node's file verifies on its own.
 * Only the file's last line is read, and checked against the database's record for the file; {@code audit verify}
 * reads the whole file. File first: a crash in between leaves the file one checkpoint ahead of its record, which
 * verifies; the other order would leave a record the file lacks, which is what removed lines look like. A file that
 * fails the check breaks the chain.
 */
public final class CheckpointAuditTrailService implements CheckpointAuditTrailUseCase {

    private final AuditChainReader chain;
    private final AuditSeals seals;
    private final AuditCheckpointLog log;
    private final AuditKey key;
    private final Transactions transactions;
    private final Clock clock;

    public CheckpointAuditTrailService(AuditChainReader chain, AuditSeals seals, AuditCheckpointLog log, AuditKey key,
                                       Transactions transactions, Clock clock) {
        this.chain = chain;
        this.seals = seals;
        this.log = log;
        this.key = key;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Appends a checkpoint of the chain as it stands, unless this node's file already ends at its head. A node's
     * first checkpoint is written even for an empty chain (place 0): from its first tick a node's file is known to
     * the database, so an empty file always means a removed one, never a node that had nothing to witness yet.
     *
     * <p>Reads without a transaction: the head is read as last committed, the file is this node's, and its record
     * only moves forward; a transaction is opened only to write (the record, or a broken chain). So an idle tick
     * costs two primary-key reads and the file's two ends, and takes no lock (SQLite's IMMEDIATE transactions would).
     */
    @Override
    public Optional<AuditCheckpoint> checkpoint() {
        Optional<AuditChainState> state = chain.state();
        if (state.isEmpty() || state.get().brokenReason().isPresent()) {
            return Optional.empty();
        }
        Optional<String> fileId = log.firstLine().map(AuditCheckpoints::fileId);
        Optional<RecordedCheckpoint> recorded = fileId.flatMap(chain::recordedCheckpoint);
        Optional<String> lastLine = log.lastLine();
        AuditCheckpoints file = AuditCheckpoints.tail(lastLine, key,
                recorded.map(RecordedCheckpoint::number).orElse(0L),
                recorded.map(RecordedCheckpoint::lineHash).orElse(null));
        if (file.fault().isPresent()) {
            transactions.inTransaction(() -> {
                seals.markBroken(file.fault().get());
                return null;
            });
            return Optional.empty();
        }
        AuditCheckpoint latest = file.latest().orElse(null);
        if (latest != null && latest.chainSeq() == state.get().head().lastSeq()) {
            return Optional.empty();
        }
        AuditCheckpoint next = latest == null
                ? AuditCheckpoint.first(log.newFileSeed(), state.get().head(), clock.instant(), key)
                : AuditCheckpoint.next(latest, state.get().head(), clock.instant(), key);
        if (!log.append(next.line(), lastLine)) {
            return Optional.empty(); // another process sharing the file appended first; it records its own
        }
        String id = fileId.orElse(AuditCheckpoints.fileId(next.line()));
        transactions.inTransaction(() -> {
            seals.recordCheckpoint(id, next.number(), next.lineHash());
            return null;
        });
        return Optional.of(next);
    }
}
