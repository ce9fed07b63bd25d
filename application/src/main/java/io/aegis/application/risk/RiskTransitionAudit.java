package io.aegis.application.risk;

import io.aegis.application.risk.port.in.RiskView;

/** What the audit trail keeps of a lifecycle move: the risk after it, and the reason given. */
public record RiskTransitionAudit(String from, String to, String reason, RiskView risk) {
}
