package io.aegis.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of the audit trail as the sealer and the verifier read it back: its content and its seal.
 *
 * @param content empty when the stored values cannot even be read (a timestamp that is no timestamp)
 */
public record StoredAuditRow(long id, Optional<AuditContent> content, AuditSeal seal) {

    public StoredAuditRow {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(seal, "seal");
    }

    public static StoredAuditRow of(long id, AuditContent content, AuditSeal seal) {
        return new StoredAuditRow(id, Optional.of(content), seal);
    }

    public static StoredAuditRow unreadable(long id, AuditSeal seal) {
        return new StoredAuditRow(id, Optional.empty(), seal);
    }

    /**
     * What is wrong with the row as its writer left it, or empty when Aegis wrote it, under {@code key}, with
     * exactly this content. Only rows in form {@value AuditChain#V2} carry a writer's MAC.
     */
    public Optional<String> entryFault(AuditKey key) {
        if (!AuditChain.V2.equals(seal.version())) {
            return Optional.of("row " + id + " carries no seal of form " + AuditChain.V2
                    + ": Aegis did not write it");
        }
        if (!key.id().equals(seal.keyId())) {
            return Optional.of("row " + id + " was sealed under audit key " + seal.keyId() + ", not under the"
                    + " configured key " + key.id() + " (is AEGIS_AUDIT_KEY the key of this database?)");
        }
        boolean genuine = content.map(c -> AuditKey.sameMac(AuditChain.entryMac(key, c), seal.entryMac()))
                .orElse(false);
        return genuine ? Optional.empty() : Optional.of(changed("its entry_mac"));
    }

    /**
     * What is wrong with the sealed row, or empty when its content and its link are the ones it was sealed with
     * (under {@code key} in form {@value AuditChain#V2}; by SHA-256 alone in form {@value AuditChain#V1}).
     */
    public Optional<String> sealFault(AuditKey key) {
        if (AuditChain.V1.equals(seal.version())) {
            boolean intact = seal.previousHash() != null && content
                    .map(c -> AuditChain.hashV1(new AuditRecord(id, c), seal.previousHash()).equals(seal.rowHash()))
                    .orElse(false);
            return intact ? Optional.empty() : Optional.of(changed("its row_hash"));
        }
        Optional<String> entryFault = entryFault(key);
        if (entryFault.isPresent()) {
            return entryFault;
        }
        boolean linked = seal.previousHash() != null && seal.chainSeq() != null && AuditKey.sameMac(
                AuditChain.link(key, seal.chainSeq(), seal.previousHash(), seal.entryMac()), seal.rowHash());
        return linked ? Optional.empty() : Optional.of(changed("its row_hash"));
    }

    /** Whether a wrong key, or a writer other than Aegis, rather than an edit explains {@link #entryFault}. */
    public boolean foreign(AuditKey key) {
        return !AuditChain.V2.equals(seal.version()) || !key.id().equals(seal.keyId());
    }

    private String changed(String what) {
        return "row " + id + " was changed: "
                + (content.isEmpty() ? "its values cannot be read" : "it no longer matches " + what);
    }
}
