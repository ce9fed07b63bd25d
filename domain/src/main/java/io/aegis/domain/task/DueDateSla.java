package io.aegis.domain.task;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The service level for tasks: how many days a task of each priority has, from its creation, when nobody names its
 * due date. The defaults (critical 7, high 30, medium 90, low 180 days) are common remediation targets; an
 * installation sets its own ({@code AEGIS_TASK_SLA_DAYS}).
 */
public record DueDateSla(Map<TaskPriority, Integer> days) {

    public static final int MAX_DAYS = 3650;

    private static final DueDateSla DEFAULTS = new DueDateSla(Map.of(TaskPriority.CRITICAL, 7, TaskPriority.HIGH, 30,
            TaskPriority.MEDIUM, 90, TaskPriority.LOW, 180));

    public DueDateSla {
        EnumMap<TaskPriority, Integer> copy = new EnumMap<>(TaskPriority.class);
        copy.putAll(Objects.requireNonNull(days, "days"));
        for (TaskPriority priority : TaskPriority.values()) {
            Integer value = copy.get(priority);
            if (value == null || value < 1 || value > MAX_DAYS) {
                throw new InvalidValueException("sla." + priority.key(), "must be a number of days from 1 to "
                        + MAX_DAYS);
            }
        }
        days = Collections.unmodifiableMap(copy);
    }

    public static DueDateSla defaults() {
        return DEFAULTS;
    }

    /**
     * Reads {@code critical=7,high=30,medium=90,low=180}; a priority left out keeps its default.
     *
     * @throws InvalidValueException naming {@code field} for an unknown priority, a repeat or a bad number
     */
    public static DueDateSla parse(String field, String text) {
        EnumMap<TaskPriority, Integer> days = new EnumMap<>(DEFAULTS.days);
        EnumMap<TaskPriority, Integer> given = new EnumMap<>(TaskPriority.class);
        for (String entry : Objects.requireNonNull(text, field).split(",", -1)) {
            String[] pair = entry.strip().split("=", -1);
            if (pair.length != 2) {
                throw new InvalidValueException(field, "must be priority=days pairs separated by commas, such as "
                        + DEFAULTS);
            }
            TaskPriority priority = TaskPriority.parse(field, pair[0].strip());
            if (given.put(priority, days(field, pair[1].strip())) != null) {
                throw new InvalidValueException(field, "names " + priority.key() + " twice");
            }
        }
        days.putAll(given);
        return new DueDateSla(days);
    }

    private static int days(String field, String raw) {
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= MAX_DAYS) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the bounds
        }
        throw new InvalidValueException(field, "days must be a whole number from 1 to " + MAX_DAYS);
    }

    /** When a task of {@code priority} created at {@code created} is due. */
    public Instant dueFrom(TaskPriority priority, Instant created) {
        return Timestamps.truncate(created).plus(Duration.ofDays(days.get(Objects.requireNonNull(priority))));
    }

    /** The setting's own spelling: {@code critical=7,high=30,medium=90,low=180}. */
    @Override
    public String toString() {
        return days.entrySet().stream().sorted(Map.Entry.comparingByKey(Collections.reverseOrder()))
                .map(entry -> entry.getKey().key() + "=" + entry.getValue()).collect(Collectors.joining(","));
    }
}
