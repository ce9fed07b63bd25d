package io.aegis.domain.audit;

import java.util.Optional;

/**
 * Where the sealed chain ends, as recorded next to it: the place and hash of the last sealed row. Only the sealer
 * moves it, so writers never wait for each other.
 *
 * @param lastSeq  the last sealed row's place in the chain; 0 before the first
 * @param lastHash its {@code row_hash}; empty before the first
 */
public record AuditChainHead(long lastSeq, Optional<String> lastHash) {

    public static final AuditChainHead EMPTY = new AuditChainHead(0, Optional.empty());

    public AuditChainHead {
        if (lastSeq < 0) {
            throw new IllegalArgumentException("lastSeq may not be negative: " + lastSeq);
        }
        lastHash = lastHash == null ? Optional.empty() : lastHash;
    }

    /** What the next sealed row links to. */
    public String previousHashOfNext() {
        return lastHash.orElse(AuditChain.GENESIS);
    }

    /**
     * Gives {@code row}, written by Aegis and not sealed yet, the next place in the chain.
     *
     * @throws IllegalArgumentException when the row is not a genuine entry under {@code key}: it must never be
     *                                  sealed, since sealing would vouch for it
     */
    public AuditSeal sealNext(StoredAuditRow row, AuditKey key) {
        row.entryFault(key).ifPresent(fault -> {
            throw new IllegalArgumentException(fault);
        });
        long seq = lastSeq + 1;
        String previous = previousHashOfNext();
        return row.seal().at(seq, previous, AuditChain.link(key, seq, previous, row.seal().entryMac()));
    }

    /** The head once {@code seal}, made by {@link #sealNext}, is stored. */
    public AuditChainHead after(AuditSeal seal) {
        if (seal.chainSeq() == null || seal.chainSeq() != lastSeq + 1) {
            throw new IllegalArgumentException("place " + seal.chainSeq() + " does not follow place " + lastSeq);
        }
        return new AuditChainHead(seal.chainSeq(), Optional.of(seal.rowHash()));
    }

    /**
     * What is wrong with the chain's end, or empty when the head names an intact row with its hash and nothing is
     * sealed beyond it. Two short reads, cheap enough to ask before every seal.
     *
     * @param rowAtHead        the row stored at the head's place, if there is one
     * @param firstSeqAfterHead the lowest place above the head's that a stored row claims
     */
    public Optional<String> fault(Optional<StoredAuditRow> rowAtHead, Optional<Long> firstSeqAfterHead,
                                  AuditKey key) {
        if (firstSeqAfterHead.isPresent()) {
            return Optional.of("a row claims place " + firstSeqAfterHead.get() + " in the chain, after the chain"
                    + " head's place " + lastSeq + ": it was not sealed by Aegis");
        }
        if (lastSeq == 0) {
            return Optional.empty();
        }
        if (rowAtHead.isEmpty()) {
            return Optional.of("the row at the chain head's place " + lastSeq + " is missing");
        }
        StoredAuditRow row = rowAtHead.get();
        if (!lastHash.equals(Optional.ofNullable(row.seal().rowHash())) || row.sealFault(key).isPresent()) {
            return Optional.of("the chain head does not match row " + row.id() + " at place " + lastSeq);
        }
        return Optional.empty();
    }
}
