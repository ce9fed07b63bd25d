package io.aegis.application.risk.port.in;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.risk.RiskAcceptance;
import io.aegis.domain.risk.RiskNote;
import java.time.Instant;

/**
 * A request to accept a risk and its decision. {@code status} is pending, approved, rejected or withdrawn; the
 * decision's fields are null while it is pending, {@code decisionNote} may be null.
 */
public record RiskAcceptanceView(long id, long riskId, String status, String rationale, Instant expiresAt,
                                 long requestedBy, Instant requestedAt, Long decidedBy, Instant decidedAt,
                                 String decisionNote) {

    public static RiskAcceptanceView of(RiskAcceptance acceptance) {
        return new RiskAcceptanceView(acceptance.id().orElseThrow(() -> new IllegalStateException(
                "an unsaved acceptance has no view")).value(), acceptance.riskId().value(),
                acceptance.status().key(), acceptance.rationale().value(), acceptance.expiresAt(),
                acceptance.requestedBy().value(), acceptance.requestedAt(),
                acceptance.decidedBy().map(UserId::value).orElse(null), acceptance.decidedAt().orElse(null),
                acceptance.decisionNote().map(RiskNote::value).orElse(null));
    }
}
