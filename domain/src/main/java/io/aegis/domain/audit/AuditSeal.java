package io.aegis.domain.audit;

/**
 * The columns that seal a stored row, kept as the text found, since a tampered row may hold anything there.
 *
 * @param version      {@value AuditChain#V1}, {@value AuditChain#V2}, {@value AuditChain#V3}, or null on rows from
 *                     before any chain
 * @param keyId        the id of the {@link AuditKey} that made {@code entryMac} (the {@link AuditChain#keyed} forms)
 * @param entryMac     the writer's MAC of the content (the {@link AuditChain#keyed} forms)
 * @param chainSeq     the row's place in the chain; null while the row waits for the sealer
 * @param previousHash the hash of the row before it in the chain; null while unsealed
 * @param rowHash      the row's own link; null while unsealed
 */
public record AuditSeal(String version, String keyId, String entryMac, Long chainSeq, String previousHash,
                        String rowHash) {

    /** How the writer leaves a row for the sealer: in the {@link AuditChain#CURRENT current} form. */
    public static AuditSeal written(AuditKey key, AuditContent content) {
        return new AuditSeal(AuditChain.CURRENT, key.id(), AuditChain.entryMac(key, AuditChain.CURRENT, content),
                null, null, null);
    }

    /** This seal, given its place in the chain by the sealer. */
    public AuditSeal at(long seq, String previous, String hash) {
        return new AuditSeal(version, keyId, entryMac, seq, previous, hash);
    }

    public boolean chained() {
        return chainSeq != null;
    }
}
