package io.aegis.application.risk;

import io.aegis.application.risk.port.in.RiskAcceptanceView;

/** What the audit trail keeps of an acceptance's request or decision: the acceptance after it, and the note given. */
public record RiskAcceptanceAudit(String note, RiskAcceptanceView acceptance) {
}
