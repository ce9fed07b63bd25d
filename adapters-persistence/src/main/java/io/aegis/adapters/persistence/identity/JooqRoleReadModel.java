package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;

import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.RoleSortField;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleReadModel;
import io.aegis.application.port.Page;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqRoleReadModel implements RoleReadModel {

    private final DSLContext dsl;

    public JooqRoleReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<RoleView> list(ListRolesQuery query) {
        Condition where = matching(query);
        List<RoleView> items = dsl.selectFrom(ROLES)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqRoleReadModel::column, ROLES.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(row -> RoleView.of(RoleRows.toDomain(row)));
        return Page.of(items, dsl.fetchCount(ROLES, where), query.page());
    }

    private static Condition matching(ListRolesQuery query) {
        Condition where = query.active()
                .map(active -> active ? ROLES.IS_ACTIVE.isTrue() : ROLES.IS_ACTIVE.isFalse())
                .orElse(DSL.noCondition());
        if (query.text().isPresent()) {
            String text = query.text().get();
            // contains() escapes LIKE's wildcards, so % and _ are searched for literally
            where = where.and(ROLES.NAME.containsIgnoreCase(text).or(ROLES.DESCRIPTION.containsIgnoreCase(text)));
        }
        return where;
    }

    private static Field<?> column(RoleSortField field) {
        return switch (field) {
            case ID -> ROLES.ID;
            // the same order on both databases, whatever their collation
            case NAME -> DSL.lower(ROLES.NAME);
            case CREATED_AT -> ROLES.CREATED_AT;
            case UPDATED_AT -> ROLES.UPDATED_AT;
        };
    }
}
