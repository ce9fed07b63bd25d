package io.aegis.application.audit.port.in;

import io.aegis.domain.audit.AuditCheckpoint;
import io.aegis.domain.audit.ChainBreak;
import io.aegis.domain.audit.ChainVerification;
import java.util.Optional;

/**
 * The outcome of checking the audit trail.
 *
 * @param rowsChecked      sealed rows found intact (before the break, if there is one)
 * @param pendingRows      rows written by Aegis, each found intact, that the sealer has not chained yet
 * @param unsealedRows     rows written before the chain existed, which no hash protects
 * @param lastSeq          the place of the last intact sealed row, or null when there is none
 * @param lastHash         that row's hash
 * @param checkpointNumber the latest checkpoint the chain was held to, or null when there is none yet
 * @param checkpointSeq    the place that checkpoint recorded
 * @param brokenRowId      the first row that is changed, badly linked or foreign; null when intact or when the
 *                         row is gone
 * @param brokenSeq        the place in the chain where it breaks; null when intact or for a row never sealed
 * @param reason           {@code content_changed}, {@code link_broken}, {@code missing_row}, {@code foreign_row}
 *                         or {@code checkpoint_mismatch}; null when intact
 * @param detail           the break explained for a human; null when intact
 */
public record ChainVerificationView(boolean ok, long rowsChecked, long pendingRows, long unsealedRows, Long lastSeq,
                                    String lastHash, Long checkpointNumber, Long checkpointSeq, Long brokenRowId,
                                    Long brokenSeq, String reason, String detail) {

    /** The chain's own row is gone: nothing can be checked against it. */
    public static ChainVerificationView headMissing() {
        return new ChainVerificationView(false, 0, 0, 0, null, null, null, null, null, null,
                ChainBreak.Reason.LINK_BROKEN.key(), "the audit_chain_head row is missing");
    }

    /** @param recordedBreak a break the sealer recorded earlier, reported when the rows themselves show none */
    public static ChainVerificationView of(ChainVerification verification, long unsealedRows,
                                           Optional<String> recordedBreak) {
        Optional<ChainBreak> failure = verification.failure();
        Optional<String> lastHash = verification.lastHash();
        Optional<AuditCheckpoint> checkpoint = verification.checkpoint();
        boolean ok = failure.isEmpty() && recordedBreak.isEmpty();
        return new ChainVerificationView(ok, verification.rowsChecked(), verification.pendingRows(), unsealedRows,
                lastHash.isPresent() ? verification.lastSeq() : null,
                lastHash.orElse(null),
                checkpoint.map(AuditCheckpoint::number).orElse(null),
                checkpoint.map(AuditCheckpoint::chainSeq).orElse(null),
                failure.map(ChainBreak::rowId).orElse(null),
                failure.map(ChainBreak::chainSeq).orElse(null),
                failure.map(f -> f.reason().key()).orElse(ok ? null : ChainBreak.Reason.LINK_BROKEN.key()),
                failure.map(ChainBreak::detail).orElse(recordedBreak.orElse(null)));
    }
}
