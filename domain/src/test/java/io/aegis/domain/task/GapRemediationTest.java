package io.aegis.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GapRemediationTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    @ParameterizedTest
    @EnumSource(ImplementationStatus.class)
    void only_controls_not_or_partially_implemented_are_gaps_not_implemented_ones_the_more_urgent(
            ImplementationStatus status) {
        Optional<TaskPriority> expected = switch (status) {
            case NOT_IMPLEMENTED -> Optional.of(TaskPriority.HIGH);
            case PARTIALLY_IMPLEMENTED -> Optional.of(TaskPriority.MEDIUM);
            default -> Optional.empty();
        };
        assertThat(GapRemediation.priorityFor(status)).isEqualTo(expected);
        assertThat(GapRemediation.isGap(status)).isEqualTo(expected.isPresent());
    }

    @Test
    void a_gap_becomes_an_open_remediation_task_linked_to_assessment_control_and_asset() {
        ControlGap gap = new ControlGap(new ControlId(12), "AC-2", "Account Management",
                ImplementationStatus.NOT_IMPLEMENTED, "No joiner/leaver process", "Automate deprovisioning");

        Task task = GapRemediation.taskFor(gap, new AssessmentId(3), Optional.of(new AssetId(4)), new UserId(1),
                DueDateSla.defaults(), NOW);

        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.details().taskType()).isEqualTo(TaskType.REMEDIATION);
        assertThat(task.details().priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(task.details().dueDate()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(task.details().title()).isEqualTo("Remediate AC-2 Account Management");
        assertThat(task.details().description()).isEqualTo("The assessment found AC-2 not implemented."
                + "\n\nFindings: No joiner/leaver process\n\nRecommendations: Automate deprovisioning");
        assertThat(task.links()).isEqualTo(new TaskLinks(null, new AssessmentId(3), new AssetId(4), new ControlId(12)));
    }

    @Test
    void long_texts_are_cut_to_the_columns() {
        ControlGap gap = new ControlGap(new ControlId(1), "X-1", "t".repeat(600),
                ImplementationStatus.PARTIALLY_IMPLEMENTED, "f".repeat(20_000), null);

        Task task = GapRemediation.taskFor(gap, new AssessmentId(1), Optional.empty(), null, DueDateSla.defaults(), NOW);

        assertThat(task.details().title()).hasSize(TaskDetails.TITLE_LENGTH);
        assertThat(task.details().description()).hasSize(10_000);
        assertThat(task.links().assetId()).isEmpty();
    }

    @Test
    void a_control_implemented_gets_no_task() {
        ControlGap gap = new ControlGap(new ControlId(1), "X-1", null, ImplementationStatus.IMPLEMENTED, null, null);

        assertThatThrownBy(() -> GapRemediation.taskFor(gap, new AssessmentId(1), Optional.empty(), null,
                DueDateSla.defaults(), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
