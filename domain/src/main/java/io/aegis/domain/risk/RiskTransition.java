package io.aegis.domain.risk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The outcome of a lifecycle move: the new status and, only when the risk closed, when it was resolved. */
public record RiskTransition(RiskStatus status, Optional<Instant> resolvedAt) {

    public RiskTransition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        if (resolvedAt.isPresent() != (status == RiskStatus.CLOSED)) {
            throw new IllegalArgumentException("only a closed risk carries a resolution date");
        }
    }
}
