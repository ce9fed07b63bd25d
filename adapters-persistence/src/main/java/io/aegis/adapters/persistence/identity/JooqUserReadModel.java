package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.Sorting;
import io.aegis.adapters.persistence.jooq.tables.records.UsersRecord;
import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.UserSortField;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.UserReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.Role;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** One query for the page and the total, one more for the roles of the users on the page. */
public final class JooqUserReadModel implements UserReadModel {

    private final DSLContext dsl;

    public JooqUserReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<UserView> list(ListUsersQuery query) {
        Condition where = matching(query);
        List<UsersRecord> rows = dsl.selectFrom(USERS)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqUserReadModel::column, USERS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch();
        Map<Integer, List<Role>> roles =
                AssignedRoles.activeRolesOf(dsl, rows.stream().map(UsersRecord::getId).toList());
        List<UserView> items = rows.stream()
                .map(row -> UserView.of(UserRows.toDomain(row), roles.getOrDefault(row.getId(), List.of())))
                .toList();
        return Page.of(items, dsl.fetchCount(USERS, where), query.page());
    }

    private static Condition matching(ListUsersQuery query) {
        Condition where = query.active()
                .map(active -> active ? USERS.IS_ACTIVE.isTrue() : USERS.IS_ACTIVE.isFalse())
                .orElse(DSL.noCondition());
        if (query.text().isPresent()) {
            String text = query.text().get();
            // contains() escapes LIKE's wildcards, so % and _ are searched for literally
            where = where.and(USERS.USERNAME.containsIgnoreCase(text)
                    .or(USERS.EMAIL.containsIgnoreCase(text))
                    .or(USERS.FULL_NAME.containsIgnoreCase(text)));
        }
        if (query.role().isPresent()) {
            // as in the views, an inactive role is held by nobody
            where = where.and(USERS.ID.in(DSL.select(USER_ROLES.USER_ID)
                    .from(USER_ROLES)
                    .join(ROLES).on(ROLES.ID.eq(USER_ROLES.ROLE_ID))
                    .where(USER_ROLES.ROLE_ID.eq(Math.toIntExact(query.role().get().value())))
                    .and(ROLES.IS_ACTIVE.isTrue())));
        }
        return where;
    }

    private static Field<?> column(UserSortField field) {
        return switch (field) {
            case ID -> USERS.ID;
            case USERNAME -> USERS.USERNAME;
            case EMAIL -> USERS.EMAIL;
            case CREATED_AT -> USERS.CREATED_AT;
            // NULL (never signed in) sorts first ascending on both databases
            case LAST_LOGIN -> USERS.LAST_LOGIN;
        };
    }
}
