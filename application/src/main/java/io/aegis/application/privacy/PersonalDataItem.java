package io.aegis.application.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where Aegis holds personal data: a column, or a member of the JSON documents that some columns hold (the
 * audit trail's before and after states), with why it is held, for how long, and what an erasure does with it.
 *
 * @param columns   the columns of {@code table} that hold it; several when the same data sits in each (an audit row's
 *                  {@code old_values} and {@code new_values})
 * @param member    the JSON member inside those columns, in the snake_case the audit states are written in
 * @param sensitive whether it is encrypted at rest (issue #18, point 2): what identifies or traces a person is,
 *                  what merely describes them or points at their row is not
 */
public record PersonalDataItem(String table, List<String> columns, Optional<String> member, PersonalDataKind kind,
                               boolean sensitive, String purpose, Retention retention, Erasure erasure) {

    public PersonalDataItem {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(erasure, "erasure");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an item is held in at least one column: " + table);
        }
    }

    /** Where it is, as a DPO reads it: {@code users.email}, {@code audit_logs.old_values/new_values $.email}. */
    public String location() {
        return table + "." + String.join("/", columns) + member.map(m -> " $." + m).orElse("");
    }
}
