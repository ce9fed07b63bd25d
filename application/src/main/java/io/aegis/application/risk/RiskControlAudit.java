package io.aegis.application.risk;

import io.aegis.application.risk.port.out.RiskControlRepository;
import io.aegis.domain.risk.ControlTreatment;

/** What a risk's audit entry records of one treating control link, before or after a change. */
record RiskControlAudit(long controlId, String controlLabel, String treatmentState, String reduces, String notes) {

    static RiskControlAudit of(RiskControlRepository.TreatableControl control, ControlTreatment treatment) {
        return new RiskControlAudit(control.id().value(), control.label(), treatment.state().key(),
                treatment.reduces().key(), treatment.notes().orElse(null));
    }
}
