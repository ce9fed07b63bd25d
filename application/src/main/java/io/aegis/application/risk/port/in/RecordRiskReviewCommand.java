package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.RiskNote;
import java.util.Objects;
import java.util.Optional;

/** A periodic review of a risk that changes nothing but its review dates, with what the reviewer noted. */
public record RecordRiskReviewCommand(RiskId id, Optional<RiskNote> note) {

    public RecordRiskReviewCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(note, "note");
    }
}
