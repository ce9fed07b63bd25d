package io.aegis.domain.assessment;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.OptionalTexts;
import io.aegis.domain.shared.Timestamps;
import java.time.Instant;
import java.util.Optional;

/**
 * What describes an assessment beyond its name and what it assesses: its kind, scope and method, its dates, who
 * assesses it, and its conclusions. Plain data with bounds; only the dates are tied (an assessment does not end
 * before it starts). Texts and dates are null when absent.
 */
public record AssessmentDetails(String assessmentType, String description, String scope, String methodology,
                                Instant startDate, Instant endDate, Instant dueDate, UserId assessorInternal,
                                String assessorExternal, String executiveSummary, String recommendations) {

    private static final int SHORT = 100;
    private static final int LONG = 255;

    public AssessmentDetails {
        assessmentType = Names.require("assessment_type", assessmentType, SHORT);
        description = OptionalTexts.text("description", description);
        scope = OptionalTexts.text("scope", scope);
        methodology = OptionalTexts.line("methodology", methodology, SHORT);
        startDate = startDate == null ? null : Timestamps.truncate(startDate);
        endDate = endDate == null ? null : Timestamps.truncate(endDate);
        dueDate = dueDate == null ? null : Timestamps.truncate(dueDate);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidValueException("end_date", "may not be before start_date");
        }
        assessorExternal = OptionalTexts.line("assessor_external", assessorExternal, LONG);
        executiveSummary = OptionalTexts.text("executive_summary", executiveSummary);
        recommendations = OptionalTexts.text("recommendations", recommendations);
    }

    public Optional<UserId> internalAssessor() {
        return Optional.ofNullable(assessorInternal);
    }
}
