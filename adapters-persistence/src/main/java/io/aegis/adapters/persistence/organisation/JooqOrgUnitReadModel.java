package io.aegis.adapters.persistence.organisation;

import static io.aegis.adapters.persistence.jooq.Tables.ORG_UNITS;

import io.aegis.adapters.persistence.OrgUnitLinks;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.organisation.port.in.ListOrgUnitsQuery;
import io.aegis.application.organisation.port.in.OrgUnitSortField;
import io.aegis.application.organisation.port.in.OrgUnitView;
import io.aegis.application.organisation.port.out.OrgUnitReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.organisation.OrgUnitTree;
import io.aegis.domain.shared.Names;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The page in one query, its count in another, and every page's paths from one read of the tree's links. */
public final class JooqOrgUnitReadModel implements OrgUnitReadModel {

    private final DSLContext dsl;

    public JooqOrgUnitReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<OrgUnitView> list(ListOrgUnitsQuery query) {
        Condition where = matching(query);
        OrgUnitTree tree = OrgUnitTree.of(OrgUnitLinks.parentLinks(OrgUnitLinks.idAndParent(dsl)));
        List<OrgUnitView> items = dsl.selectFrom(ORG_UNITS)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqOrgUnitReadModel::column, ORG_UNITS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(row -> OrgUnitView.of(OrgUnitRows.toDomain(row), tree));
        long total = dsl.fetchCount(ORG_UNITS, where);
        return Page.of(items, total, query.page());
    }

    private static Condition matching(ListOrgUnitsQuery query) {
        Condition where = query.includeInactive() ? DSL.noCondition() : ORG_UNITS.IS_ACTIVE.isTrue();
        if (query.text().isPresent()) {
            String text = query.text().get();
            // contains() escapes LIKE's wildcards, so % and _ are searched for literally
            where = where.and(ORG_UNITS.NAME.containsIgnoreCase(text).or(ORG_UNITS.DESCRIPTION.containsIgnoreCase(text)));
        }
        if (query.name().isPresent()) {
            // the name as uniqueness compares it
            where = where.and(ORG_UNITS.NAME_KEY.eq(Names.key(query.name().get())));
        }
        if (query.parent().isPresent()) {
            where = where.and(ORG_UNITS.PARENT_ID.eq(Math.toIntExact(query.parent().get().value())));
        }
        return where;
    }

    private static Field<?> column(OrgUnitSortField field) {
        return switch (field) {
            case ID -> ORG_UNITS.ID;
            // the same order on both databases, whatever their collation
            case NAME -> DSL.lower(ORG_UNITS.NAME);
            case CREATED_AT -> ORG_UNITS.CREATED_AT;
            case UPDATED_AT -> ORG_UNITS.UPDATED_AT;
        };
    }
}
