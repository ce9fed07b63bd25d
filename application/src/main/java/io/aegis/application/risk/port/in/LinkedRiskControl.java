package io.aegis.application.risk.port.in;

/** @param created whether the link is new (else its effect was changed) */
public record LinkedRiskControl(RiskControlView control, boolean created) {
}
