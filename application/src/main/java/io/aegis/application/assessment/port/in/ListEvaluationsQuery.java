package io.aegis.application.assessment.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.ControlId;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment's evaluations, in the catalog's order.
 *
 * @param family only the controls anywhere beneath this group or control (a family: AC; a control with its
 *               enhancements: AC-2), at any depth
 * @param parent only the controls directly under this one
 */
public record ListEvaluationsQuery(AssessmentId assessment, Optional<ImplementationStatus> status,
                                   Optional<ControlId> family, Optional<ControlId> parent, PageRequest page) {

    public ListEvaluationsQuery {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(page, "page");
    }
}
