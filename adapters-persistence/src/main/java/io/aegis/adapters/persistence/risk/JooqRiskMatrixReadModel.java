package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;

import io.aegis.adapters.persistence.ScopeConditions;
import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.port.Page;
import io.aegis.application.risk.port.in.ListRiskMatricesQuery;
import io.aegis.application.risk.port.in.RiskMatrixSortField;
import io.aegis.application.risk.port.in.RiskMatrixView;
import io.aegis.application.risk.port.out.RiskMatrixReadModel;
import io.aegis.domain.organisation.Scope;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqRiskMatrixReadModel implements RiskMatrixReadModel {

    private final DSLContext dsl;

    public JooqRiskMatrixReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<RiskMatrixView> list(ListRiskMatricesQuery query, Scope scope) {
        Condition where = matching(query).and(ScopeConditions.sharedWith(RISK_MATRICES.ORG_UNIT_ID, scope));
        List<RiskMatrixView> items = dsl.selectFrom(RISK_MATRICES)
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqRiskMatrixReadModel::column, RISK_MATRICES.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(row -> RiskMatrixView.of(RiskMatrixRows.toDomain(row)));
        long total = dsl.fetchCount(RISK_MATRICES, where);
        return Page.of(items, total, query.page());
    }

    private static Condition matching(ListRiskMatricesQuery query) {
        Condition where = query.includeInactive() ? DSL.noCondition() : RISK_MATRICES.IS_ACTIVE.isTrue();
        if (query.text().isPresent()) {
            // contains() escapes LIKE's wildcards, so % and _ are searched for literally
            where = where.and(RISK_MATRICES.NAME.containsIgnoreCase(query.text().get()));
        }
        if (query.isDefault().isPresent()) {
            // a NULL is_default (a row written by another tool) counts as not the default
            where = where.and(query.isDefault().get() ? RISK_MATRICES.IS_DEFAULT.isTrue()
                    : RISK_MATRICES.IS_DEFAULT.isNotDistinctFrom(true).not());
        }
        return where;
    }

    private static Field<?> column(RiskMatrixSortField field) {
        return switch (field) {
            case ID -> RISK_MATRICES.ID;
            // the same order on both databases, whatever their collation
            case NAME -> DSL.lower(RISK_MATRICES.NAME);
            case CREATED_AT -> RISK_MATRICES.CREATED_AT;
            case UPDATED_AT -> RISK_MATRICES.UPDATED_AT;
        };
    }
}
