package io.aegis.adapters.web.audit;

import io.aegis.application.audit.port.in.ChainVerificationView;

/** The answer of {@code GET /audit-logs/verify}; see {@link ChainVerificationView} for the fields. */
public record AuditChainVerificationResponse(boolean ok, long rowsChecked, long pendingRows, long unsealedRows,
                                             Long lastSeq, String lastHash, Long checkpointNumber,
                                             Long checkpointSeq, Long brokenRowId, Long brokenSeq, String reason,
                                             String detail) {

    static AuditChainVerificationResponse of(ChainVerificationView view) {
        return new AuditChainVerificationResponse(view.ok(), view.rowsChecked(), view.pendingRows(),
                view.unsealedRows(), view.lastSeq(), view.lastHash(), view.checkpointNumber(), view.checkpointSeq(),
                view.brokenRowId(), view.brokenSeq(), view.reason(), view.detail());
    }
}
