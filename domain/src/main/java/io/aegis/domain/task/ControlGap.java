package io.aegis.domain.task;

import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.ControlId;
import java.util.Objects;

/**
 * A control an assessment evaluated as not or partially implemented: what a remediation task is made from.
 *
 * @param label    the control's label in its catalog (AC-2)
 * @param findings what the assessor found, or null
 */
public record ControlGap(ControlId control, String label, String title, ImplementationStatus status,
                         String findings, String recommendations) {

    public ControlGap {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
    }
}
