package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskStatus;
import io.aegis.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/** @param reason why the risk moves; recorded in the audit trail, at most 1,000 characters */
public record TransitionRiskCommand(RiskId id, RiskStatus to, Optional<String> reason) {

    public static final int MAX_REASON_LENGTH = 1_000;

    public TransitionRiskCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        reason = Objects.requireNonNull(reason, "reason").map(String::strip).filter(text -> !text.isEmpty());
        if (reason.filter(text -> text.length() > MAX_REASON_LENGTH).isPresent()) {
            throw new InvalidValueException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
    }
}
