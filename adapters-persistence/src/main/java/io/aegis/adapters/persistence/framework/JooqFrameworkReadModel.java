package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.BASELINE_CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.CONTROLS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;
import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORK_BASELINES;

import io.aegis.adapters.persistence.Sorting;
import io.aegis.application.framework.port.in.BaselineView;
import io.aegis.application.framework.port.in.FrameworkSortField;
import io.aegis.application.framework.port.in.FrameworkView;
import io.aegis.application.framework.port.in.ListFrameworksQuery;
import io.aegis.application.framework.port.out.FrameworkReadModel;
import io.aegis.application.port.Page;
import io.aegis.domain.framework.FrameworkId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/** Frameworks with their control counts (three counts of the framework's index range), and their baselines. */
public final class JooqFrameworkReadModel implements FrameworkReadModel {

    private static final Field<Integer> CONTROL_COUNT = count(CONTROLS.IS_GROUP.isFalse()).as("control_count");
    private static final Field<Integer> ACTIVE_COUNT = count(CONTROLS.IS_GROUP.isFalse()
            .and(CONTROLS.IS_ACTIVE.isTrue())).as("active_count");
    private static final Field<Integer> GROUP_COUNT = count(CONTROLS.IS_GROUP.isTrue()).as("group_count");
    private static final Field<Integer> SELECTED = DSL.field(DSL.selectCount().from(BASELINE_CONTROLS)
            .where(BASELINE_CONTROLS.BASELINE_ID.eq(FRAMEWORK_BASELINES.ID))).as("selected");

    private final DSLContext dsl;

    public JooqFrameworkReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<FrameworkView> list(ListFrameworksQuery query) {
        Condition where = matching(query);
        List<FrameworkView> items = select()
                .where(where)
                .orderBy(Sorting.orderBy(query.sort(), JooqFrameworkReadModel::column, FRAMEWORKS.ID))
                .limit(query.page().limit())
                .offset(query.page().offset())
                .fetch(JooqFrameworkReadModel::toView);
        return Page.of(items, dsl.fetchCount(FRAMEWORKS, where), query.page());
    }

    @Override
    public Optional<FrameworkView> find(FrameworkId id) {
        return select().where(FRAMEWORKS.ID.eq(Math.toIntExact(id.value()))).fetchOptional(
                JooqFrameworkReadModel::toView);
    }

    @Override
    public List<BaselineView> baselines(FrameworkId framework) {
        return dsl.select(FRAMEWORK_BASELINES.asterisk(), SELECTED)
                .from(FRAMEWORK_BASELINES)
                .where(FRAMEWORK_BASELINES.FRAMEWORK_ID.eq(Math.toIntExact(framework.value())))
                .orderBy(FRAMEWORK_BASELINES.NAME, FRAMEWORK_BASELINES.ID)
                .fetch(row -> new BaselineView(row.get(FRAMEWORK_BASELINES.ID), framework.value(),
                        row.get(FRAMEWORK_BASELINES.NAME), row.get(FRAMEWORK_BASELINES.VERSION), row.get(SELECTED),
                        row.get(FRAMEWORK_BASELINES.CREATED_AT), updatedAt(row)));
    }

    private SelectJoinStep<Record> select() {
        return dsl.select(FRAMEWORKS.asterisk()).select(CONTROL_COUNT, ACTIVE_COUNT, GROUP_COUNT).from(FRAMEWORKS);
    }

    private static FrameworkView toView(Record row) {
        return FrameworkView.of(FrameworkRows.toDomain(row.into(FRAMEWORKS)), new FrameworkView.ControlCounts(
                row.get(CONTROL_COUNT), row.get(ACTIVE_COUNT), row.get(GROUP_COUNT)));
    }

    private static Instant updatedAt(Record row) {
        Instant updated = row.get(FRAMEWORK_BASELINES.UPDATED_AT);
        return updated == null ? row.get(FRAMEWORK_BASELINES.CREATED_AT) : updated;
    }

    /** The framework's controls matching {@code which}, counted from the framework's index range. */
    private static Field<Integer> count(Condition which) {
        return DSL.field(DSL.selectCount().from(CONTROLS).where(CONTROLS.FRAMEWORK_ID.eq(FRAMEWORKS.ID)).and(which));
    }

    private static Condition matching(ListFrameworksQuery query) {
        Condition where = query.includeInactive() ? DSL.noCondition() : FRAMEWORKS.IS_ACTIVE.isTrue();
        if (query.text().isPresent()) {
            where = where.and(FRAMEWORKS.NAME.containsIgnoreCase(query.text().get())
                    .or(FRAMEWORKS.DESCRIPTION.containsIgnoreCase(query.text().get())));
        }
        if (query.frameworkType().isPresent()) {
            where = where.and(FRAMEWORKS.FRAMEWORK_TYPE.equalIgnoreCase(query.frameworkType().get()));
        }
        if (query.organization().isPresent()) {
            where = where.and(FRAMEWORKS.ORGANIZATION.equalIgnoreCase(query.organization().get()));
        }
        return where;
    }

    private static Field<?> column(FrameworkSortField field) {
        return switch (field) {
            case ID -> FRAMEWORKS.ID;
            // the same order on both databases, whatever their collation
            case NAME -> DSL.lower(FRAMEWORKS.NAME);
            case VERSION -> FRAMEWORKS.VERSION;
            case PUBLICATION_DATE -> FRAMEWORKS.PUBLICATION_DATE;
            case CREATED_AT -> FRAMEWORKS.CREATED_AT;
            case UPDATED_AT -> FRAMEWORKS.UPDATED_AT;
        };
    }
}
