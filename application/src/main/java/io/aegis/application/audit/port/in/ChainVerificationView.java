package io.aegis.application.audit.port.in;

import io.aegis.domain.audit.ChainBreak;
import io.aegis.domain.audit.ChainVerification;
import java.util.Optional;

/**
 * The outcome of checking the audit trail's hash chain.
 *
 * @param rowsChecked  sealed rows found intact (before the break, if there is one)
 * @param unsealedRows rows written before the chain existed, which no hash protects
 * @param lastId       the last intact row's id, or null when there is none
 * @param lastHash     that row's hash: keep it elsewhere to detect a later rewrite of the whole trail
 * @param brokenRowId  the first row that is changed, badly linked or missing; null when intact
 * @param reason       {@code content_changed}, {@code link_broken} or {@code missing_row}; null when intact
 * @param detail       the break explained for a human; null when intact
 */
public record ChainVerificationView(boolean ok, long rowsChecked, long unsealedRows, Long lastId, String lastHash,
                                    Long brokenRowId, String reason, String detail) {

    public static ChainVerificationView of(ChainVerification verification) {
        Optional<ChainBreak> failure = verification.failure();
        Optional<String> lastHash = verification.lastHash();
        return new ChainVerificationView(verification.intact(), verification.rowsChecked(),
                verification.unsealedRows(),
                lastHash.isPresent() ? verification.lastId() : null,
                lastHash.orElse(null),
                failure.map(ChainBreak::rowId).orElse(null),
                failure.map(f -> f.reason().key()).orElse(null),
                failure.map(ChainBreak::detail).orElse(null));
    }
}
