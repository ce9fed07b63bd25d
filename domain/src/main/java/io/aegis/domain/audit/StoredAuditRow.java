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
     * exactly this content. Only rows in a {@link AuditChain#keyed} form carry a writer's MAC.
     */
    public Optional<String> entryFault(AuditKey key) {
        if (!AuditChain.keyed(seal.version())) {
            return Optional.of("row " + id + " carries no seal of form " + AuditChain.V2 + " or " + AuditChain.V3
                    + ": Aegis did not write it");
        }
        if (!key.id().equals(seal.keyId())) {
            return Optional.of("row " + id + " was sealed under audit key " + seal.keyId() + ", not under the"
                    + " configured key " + key.id() + " (is AEGIS_AUDIT_KEY the key of this database?)");
        }
        boolean genuine = content.filter(this::unitSealed)
                .map(c -> AuditKey.sameMac(AuditChain.entryMac(key, seal.version(), c), seal.entryMac()))
                .orElse(false);
        return genuine ? Optional.empty() : Optional.of(changed("its entry_mac"));
    }

    /**
     * What is wrong with the sealed row, or empty when its content and its link are the ones it was sealed with
     * (under {@code key} in the {@link AuditChain#keyed} forms; by SHA-256 alone in form {@value AuditChain#V1}).
     */
    public Optional<String> sealFault(AuditKey key) {
        if (AuditChain.V1.equals(seal.version())) {
            boolean intact = seal.previousHash() != null && content.filter(this::unitSealed)
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
        return !AuditChain.keyed(seal.version()) || !key.id().equals(seal.keyId());
    }

    /**
     * Whether the row's unit is one its seal vouches for: forms older than {@value AuditChain#V3} were written before
     * units existed and seal none, so a unit on such a row was put there afterwards (a row moved into a unit's log).
     */
    private boolean unitSealed(AuditContent c) {
        return AuditChain.V3.equals(seal.version()) || c.orgUnitId() == null;
    }

    private String changed(String what) {
        return "row " + id + " was changed: "
                + (content.isEmpty() ? "its values cannot be read" : "it no longer matches " + what);
    }
}
