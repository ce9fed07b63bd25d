package io.aegis.application.compliance.port.in;

import io.aegis.application.port.Actor;

/**
 * {@code GET /frameworks/{id}/compliance}: how far a framework is implemented, per family and overall, from the latest
 * completed assessments the actor may read, directly and through mappings (CompliancePosture).
 */
public interface GetCompliancePostureUseCase {

    CompliancePostureView posture(Actor actor, GetCompliancePostureQuery query);
}
