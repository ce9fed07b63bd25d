package io.aegis.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DueDateSlaTest {

    private static final Instant CREATED = Instant.parse("2026-01-10T08:30:00.123456Z");

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource({"CRITICAL, 7", "HIGH, 30", "MEDIUM, 90", "LOW, 180"})
    void the_defaults_give_each_priority_its_days(TaskPriority priority, int days) {
        assertThat(DueDateSla.defaults().dueFrom(priority, CREATED))
                .isEqualTo(Instant.parse("2026-01-10T08:30:00.123Z").plus(Duration.ofDays(days)));
    }

    @Test
    void a_setting_names_the_priorities_it_changes_and_the_others_keep_their_default() {
        DueDateSla sla = DueDateSla.parse("AEGIS_TASK_SLA_DAYS", " critical=1, low=365");

        assertThat(sla.days()).isEqualTo(Map.of(TaskPriority.CRITICAL, 1, TaskPriority.HIGH, 30,
                TaskPriority.MEDIUM, 90, TaskPriority.LOW, 365));
        assertThat(sla.toString()).isEqualTo("critical=1,high=30,medium=90,low=365");
        assertThat(DueDateSla.parse("x", DueDateSla.defaults().toString())).isEqualTo(DueDateSla.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "critical", "critical=0", "critical=3651", "critical=seven", "urgent=3",
            "critical=7,critical=8", "Critical=7", "critical=7,"})
    void a_setting_that_cannot_be_read_is_refused_naming_the_variable(String setting) {
        assertThatThrownBy(() -> DueDateSla.parse("AEGIS_TASK_SLA_DAYS", setting))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "AEGIS_TASK_SLA_DAYS");
    }

    @Test
    void every_priority_needs_its_days() {
        assertThatThrownBy(() -> new DueDateSla(Map.of(TaskPriority.LOW, 3))).isInstanceOf(InvalidValueException.class);
    }
}
