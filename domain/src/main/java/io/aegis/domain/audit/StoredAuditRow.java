package io.aegis.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of the audit trail as the verifier reads it back: its content and the two hashes stored with it.
 * The hashes are kept as the text found, since a tampered row may hold anything there.
 *
 * @param content      empty when the stored values cannot even be read (a timestamp that is no timestamp)
 * @param previousHash null on rows written before the chain existed
 * @param rowHash      null on rows written before the chain existed
 */
public record StoredAuditRow(long id, Optional<AuditRecord> content, String previousHash, String rowHash) {

    public StoredAuditRow {
        Objects.requireNonNull(content, "content");
        if (content.isPresent() && content.get().id() != id) {
            throw new IllegalArgumentException("the content of row " + id + " names row " + content.get().id());
        }
    }

    public static StoredAuditRow of(AuditRecord content, String previousHash, String rowHash) {
        return new StoredAuditRow(content.id(), Optional.of(content), previousHash, rowHash);
    }

    public static StoredAuditRow unreadable(long id, String previousHash, String rowHash) {
        return new StoredAuditRow(id, Optional.empty(), previousHash, rowHash);
    }

    /** Written before the chain existed (V4): it carries neither hash. */
    boolean unsealed() {
        return previousHash == null && rowHash == null;
    }

    /** Whether the stored row_hash is the hash of the stored content and previous_hash. */
    boolean matchesItsHash() {
        return rowHash != null && previousHash != null
                && content.map(c -> AuditChain.hash(c, previousHash).equals(rowHash)).orElse(false);
    }
}
