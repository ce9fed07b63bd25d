package io.aegis.domain.task;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.shared.OptionalTexts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which controls of a completed assessment need remediation, and the task each gets: a control not implemented is a
 * high-priority task, one partially implemented a medium one (the rest of the control is there), both due as the
 * SLA says from the moment they are made. The title names the control; the description carries the assessor's
 * findings and recommendations.
 */
public final class GapRemediation {

    private GapRemediation() {
    }

    /** The priority of a gap's task; empty for a status that is no gap. */
    public static Optional<TaskPriority> priorityFor(ImplementationStatus status) {
        return switch (status) {
            case NOT_IMPLEMENTED -> Optional.of(TaskPriority.HIGH);
            case PARTIALLY_IMPLEMENTED -> Optional.of(TaskPriority.MEDIUM);
            case NOT_ASSESSED, IMPLEMENTED, NOT_APPLICABLE -> Optional.empty();
        };
    }

    public static boolean isGap(ImplementationStatus status) {
        return priorityFor(status).isPresent();
    }

    /** The open remediation task of {@code gap}, linked to the assessment, the control and the assessed asset. */
    public static Task taskFor(ControlGap gap, AssessmentId assessment, Optional<AssetId> asset, UserId createdBy,
                               DueDateSla sla, Instant now) {
        TaskPriority priority = priorityFor(gap.status()).orElseThrow(() ->
                new IllegalArgumentException(gap.status().key() + " is no gap"));
        TaskDetails details = new TaskDetails(title(gap), description(gap), TaskType.REMEDIATION, priority, null,
                null, null, null, Labels.none(), CustomFields.none());
        return Task.open(details, new TaskLinks(null, assessment, asset.orElse(null), gap.control()), null,
                createdBy, sla, now);
    }

    private static String title(ControlGap gap) {
        String title = "Remediate " + gap.label() + (gap.title() == null ? "" : " " + gap.title());
        return title.length() <= TaskDetails.TITLE_LENGTH ? title : title.substring(0, TaskDetails.TITLE_LENGTH);
    }

    private static String description(ControlGap gap) {
        StringBuilder text = new StringBuilder("The assessment found " + gap.label() + " "
                + gap.status().key().replace('_', ' ') + ".");
        for (String part : List.of(section("Findings", gap.findings()), section("Recommendations",
                gap.recommendations()))) {
            text.append(part);
        }
        return text.length() <= OptionalTexts.MAX_TEXT_LENGTH ? text.toString()
                : text.substring(0, OptionalTexts.MAX_TEXT_LENGTH);
    }

    private static String section(String heading, String text) {
        return text == null || text.isBlank() ? "" : "\n\n" + heading + ": " + text.strip();
    }
}
