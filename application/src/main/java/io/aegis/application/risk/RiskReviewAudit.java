package io.aegis.application.risk;

import io.aegis.application.risk.port.in.RiskView;

/** What the audit trail keeps of a periodic review: the risk after it, and the reviewer's note. */
public record RiskReviewAudit(String note, RiskView risk) {
}
