package io.aegis.domain.audit;

import java.util.Optional;

/**
 * Where the chain ends, as recorded next to it: the id and hash of the last sealed row. Appends read and move
 * it under a lock, which is what keeps concurrent writers from forking the chain.
 *
 * @param lastId   the last row's id; 0 for an empty trail. Before the first sealed row it is the last row
 *                 written before the chain existed
 * @param lastHash the last row's hash; empty until the first row is sealed
 */
public record AuditChainHead(long lastId, Optional<String> lastHash) {

    public AuditChainHead {
        if (lastId < 0) {
            throw new IllegalArgumentException("lastId may not be negative: " + lastId);
        }
        lastHash = lastHash == null ? Optional.empty() : lastHash;
    }

    /** The id the next row gets: ids in the chain are consecutive, so a missing row is named exactly. */
    public long nextId() {
        return lastId + 1;
    }

    /** What the next row links to. */
    public String previousHashOfNext() {
        return lastHash.orElse(AuditChain.GENESIS);
    }

    /** The head after {@code row}, sealed with {@code hash}, is appended. */
    public AuditChainHead after(AuditRecord row, String hash) {
        if (row.id() != nextId()) {
            throw new IllegalArgumentException("row " + row.id() + " does not follow row " + lastId);
        }
        return new AuditChainHead(row.id(), Optional.of(hash));
    }
}
