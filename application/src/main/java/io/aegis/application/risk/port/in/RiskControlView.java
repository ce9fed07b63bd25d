package io.aegis.application.risk.port.in;

import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.risk.TreatmentGap;
import io.aegis.domain.risk.TreatmentState;
import java.time.Instant;
import java.util.Optional;

/**
 * A control treating a risk: the control (its label, title and framework), the effect it is linked with, and its
 * latest assessed implementation status ({@code latest}, null when no assessment the reader may see evaluated it).
 * {@code undermines} is true when the risk's residual rating relies on the control and that status is not
 * implemented ({@link TreatmentGap}).
 */
public record RiskControlView(long riskId, long controlId, String controlLabel, String controlTitle,
                              boolean controlActive, long frameworkId, String frameworkName, String treatmentState,
                              String reduces, String notes, Long createdBy, Instant createdAt, Instant updatedAt,
                              LatestAssessment latest, boolean undermines) {

    /** The assessment the status comes from, and when it was completed. */
    public record LatestAssessment(String status, long assessmentId, String assessmentName, Instant assessedAt) {
    }

    /** What the treatment gap rule needs of this control. */
    public TreatmentGap.Evidence evidence() {
        return new TreatmentGap.Evidence(TreatmentState.parse("treatment_state", treatmentState),
                Optional.ofNullable(latest).map(l -> ImplementationStatus.parse("implementation_status", l.status())));
    }

    /** The same control with {@code undermines} as the rule decides it. */
    public RiskControlView judged() {
        return new RiskControlView(riskId, controlId, controlLabel, controlTitle, controlActive, frameworkId,
                frameworkName, treatmentState, reduces, notes, createdBy, createdAt, updatedAt, latest,
                evidence().undermines());
    }
}
