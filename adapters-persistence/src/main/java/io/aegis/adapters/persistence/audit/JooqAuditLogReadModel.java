package io.aegis.adapters.persistence.audit;

import static io.aegis.adapters.persistence.jooq.Tables.AUDIT_LOGS;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.audit.port.in.AuditLogSortField;
import io.aegis.application.audit.port.in.AuditLogView;
import io.aegis.application.audit.port.in.ListAuditLogsQuery;
import io.aegis.application.audit.port.out.AuditLogReadModel;
import io.aegis.application.port.AuditEntry.Outcome;
import io.aegis.application.port.Page;
import io.aegis.domain.organisation.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

public final class JooqAuditLogReadModel implements AuditLogReadModel {

    private final DSLContext dsl;

    public JooqAuditLogReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<AuditLogView> list(ListAuditLogsQuery query, Scope scope) {
        Condition where = visibleIn(scope).and(matching(query));
        List<AuditLogView> items = dsl.select(AuditRows.COLUMNS)
                .from(AUDIT_LOGS)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqAuditLogReadModel::column, AUDIT_LOGS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(AuditRows::view);
        long total = dsl.fetchCount(AUDIT_LOGS, where);
        return Page.of(items, total, query.page());
    }

    /**
     * Every row for an unlimited scope, rows of no unit included; otherwise {@code org_unit_id IN (the scope's
     * units)}, which SQL never holds true for a NULL: rows of no unit (users, roles, units, categories, refusals)
     * stay with organisation-wide auditors, whichever units the scope holds, the root included.
     */
    private static Condition visibleIn(Scope scope) {
        return ScopeConditions.rowsIn(AUDIT_LOGS.ORG_UNIT_ID, scope);
    }

    private static Condition matching(ListAuditLogsQuery query) {
        Condition where = DSL.noCondition();
        if (query.userId().isPresent()) {
            where = where.and(AUDIT_LOGS.USER_ID.eq(Math.toIntExact(query.userId().get())));
        }
        if (!query.actions().isEmpty()) {
            where = where.and(DSL.or(query.actions().stream().map(action -> exactly(AUDIT_LOGS.ACTION, action))
                    .toList()));
        }
        if (!query.outcomes().isEmpty()) {
            where = where.and(AUDIT_LOGS.OUTCOME.in(query.outcomes().stream().map(Outcome::key).toList()));
        }
        if (query.resourceType().isPresent()) {
            where = where.and(exactly(AUDIT_LOGS.RESOURCE_TYPE, query.resourceType().get()));
        }
        if (query.resourceId().isPresent()) {
            where = where.and(AUDIT_LOGS.RESOURCE_ID.eq(Math.toIntExact(query.resourceId().get())));
        }
        if (query.orgUnitId().isPresent()) {
            where = where.and(AUDIT_LOGS.ORG_UNIT_ID.eq(Math.toIntExact(query.orgUnitId().get().value())));
        }
        if (query.from().isPresent()) {
            where = where.and(AUDIT_LOGS.CREATED_AT.ge(query.from().get()));
        }
        if (query.to().isPresent()) {
            where = where.and(AUDIT_LOGS.CREATED_AT.lt(query.to().get()));
        }
        return where;
    }

    /**
     * Equal byte by byte, as on SQLite: the MySQL/MariaDB table's collation (utf8mb4_unicode_ci) also matches
     * another case, accents or trailing spaces. The plain comparison keeps the column's index; the binary one,
     * which pads nothing, makes it exact.
     */
    private static Condition exactly(Field<String> column, String value) {
        return column.eq(value).and(column.cast(SQLDataType.VARBINARY).eq(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static Field<?> column(AuditLogSortField field) {
        return switch (field) {
            case ID -> AUDIT_LOGS.ID;
            case CREATED_AT -> AUDIT_LOGS.CREATED_AT;
        };
    }
}
