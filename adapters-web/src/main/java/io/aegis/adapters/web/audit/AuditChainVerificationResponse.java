package io.aegis.adapters.web.audit;

import io.aegis.application.audit.port.in.ChainVerificationView;

/** The answer of {@code GET /audit-logs/verify}; see {@link ChainVerificationView} for the fields. */
public record AuditChainVerificationResponse(boolean ok, long rowsChecked, long unsealedRows, Long lastId,
                                             String lastHash, Long brokenRowId, String reason, String detail) {

    static AuditChainVerificationResponse of(ChainVerificationView view) {
        return new AuditChainVerificationResponse(view.ok(), view.rowsChecked(), view.unsealedRows(), view.lastId(),
                view.lastHash(), view.brokenRowId(), view.reason(), view.detail());
    }
}
