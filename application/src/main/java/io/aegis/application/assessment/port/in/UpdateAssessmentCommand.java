package io.aegis.application.assessment.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.assessment.AssessmentDetails;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentName;
import io.aegis.domain.identity.UserId;
import java.time.Instant;

/**
 * The descriptive fields of an assessment to change: a field kept is {@link Patch#keep()}, a field set to null is
 * cleared. What it assesses (framework, baseline, asset) and its status change otherwise or not at all.
 */
public record UpdateAssessmentCommand(AssessmentId id, ExpectedVersion expected, Patch<AssessmentName> name,
                                      Patch<String> assessmentType, Patch<String> description, Patch<String> scope,
                                      Patch<String> methodology, Patch<Instant> startDate, Patch<Instant> endDate,
                                      Patch<Instant> dueDate, Patch<UserId> assessorInternal,
                                      Patch<String> assessorExternal, Patch<String> executiveSummary,
                                      Patch<String> recommendations) {

    public AssessmentName nameAfter(AssessmentName current) {
        return name.orElse(current);
    }

    /** {@code current} with the fields sent; the domain checks the result as a whole (dates in order). */
    public AssessmentDetails detailsAfter(AssessmentDetails current) {
        return new AssessmentDetails(assessmentType.orElse(current.assessmentType()),
                description.orElse(current.description()), scope.orElse(current.scope()),
                methodology.orElse(current.methodology()), startDate.orElse(current.startDate()),
                endDate.orElse(current.endDate()), dueDate.orElse(current.dueDate()),
                assessorInternal.orElse(current.assessorInternal()), assessorExternal.orElse(current.assessorExternal()),
                executiveSummary.orElse(current.executiveSummary()), recommendations.orElse(current.recommendations()));
    }
}
