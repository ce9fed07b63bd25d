package io.aegis.domain.task;

import static io.aegis.domain.task.TaskStatus.BLOCKED;
import static io.aegis.domain.task.TaskStatus.CANCELLED;
import static io.aegis.domain.task.TaskStatus.DONE;
import static io.aegis.domain.task.TaskStatus.IN_PROGRESS;
import static io.aegis.domain.task.TaskStatus.IN_REVIEW;
import static io.aegis.domain.task.TaskStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskLifecycleTest {

    /** The whole table, written out: every pair of statuses not listed here is refused. */
    private static final Map<TaskStatus, Set<TaskStatus>> LEGAL = Map.of(
            OPEN, Set.of(IN_PROGRESS, BLOCKED, CANCELLED),
            IN_PROGRESS, Set.of(IN_REVIEW, BLOCKED, OPEN, CANCELLED),
            IN_REVIEW, Set.of(DONE, IN_PROGRESS, CANCELLED),
            BLOCKED, Set.of(IN_PROGRESS, OPEN, CANCELLED),
            DONE, Set.of(IN_PROGRESS),
            CANCELLED, Set.of());

    static Stream<Arguments> every_pair() {
        List<Arguments> pairs = new ArrayList<>();
        for (TaskStatus from : TaskStatus.values()) {
            for (TaskStatus to : TaskStatus.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("every_pair")
    void every_move_is_allowed_exactly_when_the_table_says(TaskStatus from, TaskStatus to, boolean legal) {
        assertThat(TaskLifecycle.allowedFrom(from).contains(to)).isEqualTo(legal);
        if (legal) {
            assertThatCode(() -> TaskLifecycle.requireMove(from, to)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> TaskLifecycle.requireMove(from, to))
                    .isInstanceOf(IllegalTaskTransitionException.class)
                    .hasFieldOrPropertyWithValue("code", "illegal_transition");
        }
    }

    @Test
    void the_table_covers_every_status() {
        assertThat(LEGAL.keySet()).containsExactlyInAnyOrder(TaskStatus.values());
    }

    @Test
    void a_refused_move_lists_the_legal_ones() {
        assertThatThrownBy(() -> TaskLifecycle.requireMove(OPEN, DONE))
                .isInstanceOfSatisfying(IllegalTaskTransitionException.class, refused -> {
                    assertThat(refused.getMessage()).contains("from open to done", "it may move to");
                    assertThat(refused.details()).containsEntry("allowed",
                            List.of("in_progress", "blocked", "cancelled"));
                });
    }

    @Test
    void cancelled_is_final() {
        assertThatThrownBy(() -> TaskLifecycle.requireMove(CANCELLED, OPEN)).hasMessageContaining("cancelled is final");
    }

    @Test
    void keys_are_the_schema_values() {
        assertThat(Stream.of(TaskStatus.values()).map(TaskStatus::key))
                .containsExactly("open", "in_progress", "in_review", "blocked", "done", "cancelled");
        assertThat(TaskStatus.parse("status", "in_review")).isEqualTo(IN_REVIEW);
        assertThatThrownBy(() -> TaskStatus.parse("status", "Open")).hasMessageContaining("must be one of");
    }
}
