package io.aegis.application.compliance.port.in;

/** The compliance posture's use cases, as {@code AegisCore.compliance()} offers them. */
public record CompliancePorts(GetCompliancePostureUseCase posture) {
}
