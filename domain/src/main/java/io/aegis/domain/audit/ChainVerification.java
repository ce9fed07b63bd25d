package io.aegis.domain.audit;

import io.aegis.domain.audit.ChainBreak.Reason;
import java.util.Optional;

/**
 * A check of the audit trail, fed its rows in id order and then the chain's recorded end. Immutable: every
 * step answers a new verification, so the caller can stream any number of rows through it in batches.
 * Once broken it stays at the first break; later rows change nothing.
 *
 * <p>Rows written before the chain existed carry no hashes; they may only come before the first sealed
 * row and are counted, not checked. From the first sealed row on, ids are consecutive and each row must
 * match its hash and link to its predecessor; the last one must be the head's.
 */
public final class ChainVerification {

    private final long rowsChecked;
    private final long unsealedRows;
    /** The id of the last row followed; 0 before the first. */
    private final long lastId;
    /** The hash of the last sealed row followed; null before the first. */
    private final String lastHash;
    private final ChainBreak failure;

    private ChainVerification(long rowsChecked, long unsealedRows, long lastId, String lastHash,
                              ChainBreak failure) {
        this.rowsChecked = rowsChecked;
        this.unsealedRows = unsealedRows;
        this.lastId = lastId;
        this.lastHash = lastHash;
        this.failure = failure;
    }

    public static ChainVerification start() {
        return new ChainVerification(0, 0, 0, null, null);
    }

    /** The verification one row further; rows must come in increasing id order. */
    public ChainVerification follow(StoredAuditRow row) {
        if (failure != null) {
            return this;
        }
        if (row.id() <= lastId) {
            throw new IllegalArgumentException("rows must come in increasing id order: " + row.id()
                    + " after " + lastId);
        }
        boolean chainStarted = lastHash != null;
        if (!chainStarted && row.unsealed()) {
            return new ChainVerification(rowsChecked, unsealedRows + 1, row.id(), null, null);
        }
        if (chainStarted && row.id() != lastId + 1) {
            return broken(lastId + 1, Reason.MISSING_ROW,
                    "row " + (lastId + 1) + " is missing: the chain goes from row " + lastId + " to row " + row.id());
        }
        if (!row.matchesItsHash()) {
            return broken(row.id(), Reason.CONTENT_CHANGED, "row " + row.id() + " was changed: "
                    + (row.content().isEmpty() ? "its values cannot be read" : "it no longer matches its row_hash"));
        }
        if (chainStarted && !row.previousHash().equals(lastHash)) {
            return broken(row.id(), Reason.LINK_BROKEN,
                    "row " + row.id() + " does not link to row " + lastId + ": its previous_hash is another hash");
        }
        if (!chainStarted && !row.previousHash().equals(AuditChain.GENESIS)) {
            // the row is genuine, so the row before it was sealed once: its hashes were removed, or it is gone
            long predecessor = row.id() - 1;
            return lastId == predecessor
                    ? broken(predecessor, Reason.CONTENT_CHANGED, "row " + predecessor + " was changed: its hashes"
                            + " were removed, yet row " + row.id() + " links to it")
                    : broken(predecessor, Reason.MISSING_ROW, "row " + predecessor + " is missing: row " + row.id()
                            + " links to it");
        }
        return new ChainVerification(rowsChecked + 1, unsealedRows, row.id(), row.rowHash(), null);
    }

    /**
     * The verification after every row up to the head's last one was followed: the chain must end exactly at
     * the head, and no row may come after it.
     *
     * @param firstRowAfterHead the lowest id above the head's last row, read together with the head at one
     *                          instant (a row appended meanwhile would have moved the head too)
     */
    public ChainVerification concludeAt(AuditChainHead head, Optional<Long> firstRowAfterHead) {
        if (failure != null) {
            return this;
        }
        if (lastId < head.lastId()) {
            return broken(lastId + 1, Reason.MISSING_ROW, "row " + (lastId + 1) + " is missing: the chain head"
                    + " records row " + head.lastId() + " as the last row, the trail ends at row " + lastId);
        }
        if (lastId > head.lastId()) {
            throw new IllegalArgumentException("rows after the head's row " + head.lastId() + " were followed");
        }
        if (!head.lastHash().equals(Optional.ofNullable(lastHash))) {
            return broken(lastId, Reason.LINK_BROKEN,
                    "row " + lastId + " is not the end the chain head records: the head holds another hash");
        }
        return firstRowAfterHead
                .map(id -> broken(id, Reason.LINK_BROKEN, "row " + id + " is not part of the chain: it was"
                        + " written after the chain's recorded end, row " + head.lastId() + ", by something else"))
                .orElse(this);
    }

    private ChainVerification broken(long rowId, Reason reason, String detail) {
        return new ChainVerification(rowsChecked, unsealedRows, lastId, lastHash,
                new ChainBreak(rowId, reason, detail));
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

    /** Rows written before the chain existed, which no hash protects. */
    public long unsealedRows() {
        return unsealedRows;
    }

    /** The id of the last row followed (0 for none): where a reader continues. */
    public long lastId() {
        return lastId;
    }

    /** The hash of the last intact sealed row: worth keeping elsewhere, to detect a rewrite of the whole chain. */
    public Optional<String> lastHash() {
        return Optional.ofNullable(lastHash);
    }
}
