package io.aegis.domain.audit;

import io.aegis.domain.audit.ChainBreak.Reason;
import java.util.Optional;

/**
 * A check of the audit trail, fed its sealed rows in chain order, then the rows still waiting for the sealer, then
 * the chain's recorded end. Immutable: every step answers a new verification, so the caller can stream any number
 * of rows through it in batches. Once broken it stays at the first break; later rows change nothing.
 *
 * <p>Sealed rows must take the places 1, 2, 3, ... without a gap, each intact and linked to the one before; rows
 * of form {@value AuditChain#V1} may only come before the keyed ones, while {@value AuditChain#V2} and
 * {@value AuditChain#V3} may alternate (a node of the previous release writes {@value AuditChain#V2}). A waiting
 * row must be a genuine entry under the key. The chain must end exactly at the head and agree with the latest
 * checkpoint kept outside the database: it must hold the checkpoint's place, with the checkpoint's hash.
 */
public final class ChainVerification {

    private final AuditKey key;
    private final Optional<AuditCheckpoint> checkpoint;
    private final long rowsChecked;
    private final long pendingRows;
    private final long lastSeq;
    private final Long lastId;
    private final String lastHash;
    private final String lastVersion;
    private final ChainBreak failure;

    private ChainVerification(AuditKey key, Optional<AuditCheckpoint> checkpoint, long rowsChecked, long pendingRows,
                              long lastSeq, Long lastId, String lastHash, String lastVersion, ChainBreak failure) {
        this.key = key;
        this.checkpoint = checkpoint;
        this.rowsChecked = rowsChecked;
        this.pendingRows = pendingRows;
        this.lastSeq = lastSeq;
        this.lastId = lastId;
        this.lastHash = lastHash;
        this.lastVersion = lastVersion;
        this.failure = failure;
    }

    /** @param checkpoints the checkpoint file as read; its fault, if any, is the verification's first break */
    public static ChainVerification start(AuditKey key, AuditCheckpoints checkpoints) {
        ChainVerification start = new ChainVerification(key, checkpoints.latest(), 0, 0, 0, null, null, null, null);
        return checkpoints.fault().map(fault -> start.broken(null, null, Reason.CHECKPOINT_MISMATCH, fault))
                .orElse(start);
    }

    /** The verification one sealed row further; rows must come in increasing chain order. */
    public ChainVerification follow(StoredAuditRow row) {
        if (failure != null) {
            return this;
        }
        long seq = row.seal().chainSeq();
        if (seq <= lastSeq) {
            throw new IllegalArgumentException("rows must come in chain order: " + seq + " after " + lastSeq);
        }
        long expected = lastSeq + 1;
        if (seq != expected) {
            return broken(null, expected, Reason.MISSING_ROW, "the row at place " + expected + " of the chain is"
                    + " missing: the chain goes from place " + lastSeq + " to place " + seq + " (row " + row.id() + ")");
        }
        if (AuditChain.V1.equals(row.seal().version()) && AuditChain.keyed(lastVersion)) {
            return broken(row.id(), seq, Reason.FOREIGN_ROW, "row " + row.id() + " claims the unkeyed form "
                    + AuditChain.V1 + " after rows of form " + lastVersion + ": Aegis did not seal it");
        }
        Optional<String> fault = row.sealFault(key);
        if (fault.isPresent()) {
            return broken(row.id(), seq, row.foreign(key) && !AuditChain.V1.equals(row.seal().version())
                    ? Reason.FOREIGN_ROW : Reason.CONTENT_CHANGED, fault.get());
        }
        String expectedPrevious = lastHash == null ? AuditChain.GENESIS : lastHash;
        if (!expectedPrevious.equals(row.seal().previousHash())) {
            return broken(row.id(), seq, Reason.LINK_BROKEN, "row " + row.id() + " does not link to the row at"
                    + " place " + lastSeq + ": its previous_hash is another hash");
        }
        if (checkpoint.filter(c -> c.chainSeq() == seq && !c.rowHash().equals(row.seal().rowHash())).isPresent()) {
            return broken(row.id(), seq, Reason.CHECKPOINT_MISMATCH, "row " + row.id() + " at place " + seq
                    + " is not the row checkpoint " + checkpoint.get().number() + " recorded there: the chain was"
                    + " rewritten up to it");
        }
        return new ChainVerification(key, checkpoint, rowsChecked + 1, pendingRows, seq, row.id(),
                row.seal().rowHash(), row.seal().version(), null);
    }

    /** The verification after one more row that waits for the sealer: it must be a genuine entry. */
    public ChainVerification followPending(StoredAuditRow row) {
        if (failure != null) {
            return this;
        }
        Optional<String> fault = row.entryFault(key);
        if (fault.isPresent()) {
            return broken(row.id(), null, row.foreign(key) ? Reason.FOREIGN_ROW : Reason.CONTENT_CHANGED,
                    fault.get());
        }
        return new ChainVerification(key, checkpoint, rowsChecked, pendingRows + 1, lastSeq, lastId, lastHash,
                lastVersion, null);
    }

    /**
     * The verification after every sealed row up to the head's place was followed: the chain must end exactly at
     * the head, no row may claim a place after it, and it must reach the latest checkpoint.
     *
     * @param firstSeqAfterHead the lowest place above the head's that a row claims, read with the head
     */
    public ChainVerification concludeAt(AuditChainHead head, Optional<Long> firstSeqAfterHead) {
        if (failure != null) {
            return this;
        }
        if (lastSeq > head.lastSeq()) {
            throw new IllegalArgumentException("rows after the head's place " + head.lastSeq() + " were followed");
        }
        if (lastSeq < head.lastSeq()) {
            long missing = lastSeq + 1;
            return broken(null, missing, Reason.MISSING_ROW, "the row at place " + missing + " of the chain is"
                    + " missing: the chain head records place " + head.lastSeq() + ", the chain ends at " + lastSeq);
        }
        if (!head.lastHash().equals(Optional.ofNullable(lastHash))) {
            return broken(lastId, lastSeq, Reason.LINK_BROKEN, "the row at place " + lastSeq + " is not the end the"
                    + " chain head records: the head holds another hash");
        }
        if (firstSeqAfterHead.isPresent()) {
            return broken(null, firstSeqAfterHead.get(), Reason.FOREIGN_ROW, "a row claims place "
                    + firstSeqAfterHead.get() + ", after the chain's recorded end at place " + head.lastSeq()
                    + ": Aegis did not seal it");
        }
        return checkpoint.filter(c -> c.chainSeq() > lastSeq)
                .map(c -> broken(null, lastSeq + 1, Reason.CHECKPOINT_MISMATCH, "checkpoint " + c.number()
                        + " records place " + c.chainSeq() + ", but the chain ends at place " + lastSeq
                        + ": rows were removed from its end"))
                .orElse(this);
    }

    private ChainVerification broken(Long rowId, Long seq, Reason reason, String detail) {
        return new ChainVerification(key, checkpoint, rowsChecked, pendingRows, lastSeq, lastId, lastHash,
                lastVersion, new ChainBreak(rowId, seq, reason, detail));
    }

    public boolean intact() {
        return failure == null;
    }

    public Optional<ChainBreak> failure() {
        return Optional.ofNullable(failure);
    }

    /** Sealed rows found intact, before the break if there is one. */
    public long rowsChecked() {
        return rowsChecked;
    }

    /** Rows written by Aegis that the sealer has not chained yet, each checked on its own. */
    public long pendingRows() {
        return pendingRows;
    }

    /** The place of the last sealed row followed (0 for none): where a reader continues. */
    public long lastSeq() {
        return lastSeq;
    }

    /** The hash of the last intact sealed row. */
    public Optional<String> lastHash() {
        return Optional.ofNullable(lastHash);
    }

    /** The checkpoint the chain was held to, if the file holds one. */
    public Optional<AuditCheckpoint> checkpoint() {
        return checkpoint;
    }
}
